package vn.onedoor.app.api.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onedoor.catalog.Agency;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Field;
import vn.onedoor.catalog.Procedure;

/** The procedure catalog, public information (004 Điều 11.4). */
@Controller("/api/v1/procedures")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "dossiers")
public class ProcedureController {

    private final Catalog catalog;

    ProcedureController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Serdeable
    public record ProcedureDto(long id, String code, String name, long fieldId, String fieldName, long agencyId,
            String agencyCode, String agencyName, int processingDays, long feeVnd, String feeNote, int onlineLevel,
            List<String> requiredDocuments) {}

    @Get
    @Operation(summary = "The catalog's procedures, by name; fieldId narrows to one field")
    public List<ProcedureDto> list(@Nullable @QueryValue Long fieldId) {
        Map<Long, Field> fields = catalog.fields().stream().collect(Collectors.toMap(Field::id, Function.identity()));
        Map<Long, Agency> agencies = catalog.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        List<Procedure> procedures = fieldId == null ? catalog.procedures() : catalog.proceduresOfField(fieldId);
        return procedures.stream().map(p -> {
            Field f = fields.get(p.fieldId());
            Agency a = agencies.get(p.agencyId());
            return new ProcedureDto(p.id(), p.code(), p.name(), p.fieldId(), f.name(), p.agencyId(), a.code(), a.name(),
                    p.processingDays(), p.feeVnd(), p.feeNote(), p.onlineLevel(), p.requiredDocumentList());
        }).toList();
    }
}
