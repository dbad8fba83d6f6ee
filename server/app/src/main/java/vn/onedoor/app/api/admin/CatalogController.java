package vn.onedoor.app.api.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.onedoor.admin.CatalogImport;
import vn.onedoor.app.api.Callers;
import vn.onedoor.app.security.Roles;
import vn.onedoor.platform.rules.Rejection;

/**
 * The procedure catalog from a file of the national database's columns (CSV or XLSX): its
 * template, a preview with every fault by row and column, and the import, whole or not at all.
 */
@Controller("/api/v1/admin/catalog")
@Secured(Roles.ADMIN)
@Tag(name = "administration")
public class CatalogController {

    private final CatalogImport catalog;

    CatalogController(CatalogImport catalog) {
        this.catalog = catalog;
    }

    @Get(value = "/template.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The catalog template as XLSX, with the national database's column headers")
    public HttpResponse<byte[]> templateXlsx() {
        return HttpResponse.ok(CatalogImport.template())
                .header("Content-Disposition", "attachment; filename=\"mau-danh-muc-thu-tuc.xlsx\"");
    }

    @Get(value = "/template.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The catalog template as CSV (UTF-8)")
    public HttpResponse<byte[]> templateCsv() {
        return HttpResponse.ok(CatalogImport.templateCsv()).contentType(MediaType.of("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"mau-danh-muc-thu-tuc.csv\"");
    }

    @Post(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "What importing the file would do, and its faults by row and column")
    public CatalogImport.Preview preview(@Part("file") CompletedFileUpload file, Authentication auth,
            HttpRequest<?> request) {
        return catalog.preview(Callers.of(auth, request), file.getFilename(), bytes(file), false);
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Imports the file in one transaction (400 CATALOG_HAS_FAULTS: nothing imported); "
            + "retireMissing=true retires or deletes the procedures it no longer holds")
    public CatalogImport.Report importFile(@Part("file") CompletedFileUpload file, HttpRequest<?> request,
            Authentication auth) {
        boolean retire = request.getParameters().get("retireMissing", Boolean.class).orElse(false);
        return catalog.apply(Callers.of(auth, request), file.getFilename(), bytes(file), retire);
    }

    private static byte[] bytes(CompletedFileUpload file) {
        if (file == null) {
            throw Rejection.invalidField("file", "CATALOG_EMPTY_FILE", "No file");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
