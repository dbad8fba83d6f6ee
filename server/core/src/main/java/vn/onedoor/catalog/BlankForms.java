package vn.onedoor.catalog;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.catalog.internal.BlankFormPdf;

/**
 * The PDF of a procedure's form, ready to print: the file an administrator uploaded on the catalog
 * screen; else a file in {@code <data-dir>/forms/} named as the catalog's {@code file_name}; where
 * neither is there (or is not a PDF) a blank form is generated with the common items of an
 * application.
 */
@Singleton
public class BlankForms {

    private static final Logger LOG = LoggerFactory.getLogger(BlankForms.class);
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Catalog catalog;
    private final Path formsDir;
    private final io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    BlankForms(Catalog catalog, @Value("${onedoor.data-dir:data}") Path dataDir,
            io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions) {
        this.catalog = catalog;
        this.formsDir = dataDir.resolve("forms").toAbsolutePath().normalize();
        this.transactions = transactions;
    }

    /**
     * @param title    a short name for the print job: the form's code
     * @param official true when the center's own file is printed, false for a generated blank form
     */
    public record FormDocument(String title, byte[] pdf, boolean official) {}

    public FormDocument document(ProcedureForm form, Locale locale) {
        Optional<byte[]> uploaded = uploaded(form.id());
        if (uploaded.isPresent()) {
            return new FormDocument(form.code(), uploaded.get(), true);
        }
        Optional<byte[]> file = officialFile(form.fileName());
        if (file.isPresent()) {
            return new FormDocument(form.code(), file.get(), true);
        }
        Procedure procedure = catalog.procedure(form.procedureId())
                .orElseThrow(() -> new IllegalArgumentException("No procedure " + form.procedureId()));
        String agency = catalog.agency(procedure.agencyId()).map(Agency::name).orElse("");
        return new FormDocument(form.code(), new BlankFormPdf(locale).render(form, procedure, agency), false);
    }

    /** The file an administrator uploaded for the form (kept in the database), when there is one. */
    private Optional<byte[]> uploaded(Long formId) {
        if (formId == null) {
            return Optional.empty();
        }
        return transactions.executeRead(status -> {
            try (java.sql.PreparedStatement ps = status.getConnection()
                    .prepareStatement("SELECT content FROM procedure_form WHERE id = ? AND content IS NOT NULL")) {
                ps.setLong(1, formId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            } catch (java.sql.SQLException e) {
                throw vn.onedoor.platform.db.DatabaseErrors.translate(e);
            }
        });
    }

    private Optional<byte[]> officialFile(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.empty();
        }
        Path file = formsDir.resolve(fileName).normalize();
        if (!file.startsWith(formsDir) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!startsWithPdfMagic(file)) {
                LOG.warn("{} is not a PDF: printing a generated blank form instead", file);
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            LOG.warn("Cannot read the form {}: {}; printing a generated blank form instead", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean startsWithPdfMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        }
    }
}
