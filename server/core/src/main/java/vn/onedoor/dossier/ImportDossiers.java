package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.CsvLines;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.platform.rules.Rejection;

/**
 * Imports dossiers from CSV (UTF-8, a header line, columns in any order):
 * {@code code, procedure_code, applicant_name, id_number, phone, email, address, channel,
 * received_at, appointment_date}. Each line is its own transaction: a bad line is reported with
 * its number and the others go in; a line whose code is already known is counted as skipped, so a
 * file can be imported again after a failure.
 */
@Singleton
public class ImportDossiers {

    static final List<String> REQUIRED = List.of("code", "procedure_code", "applicant_name", "id_number", "received_at");
    private static final int MAX_ERRORS = 1000;

    private final ImportDossier importDossier;
    private final CatalogFacts facts;

    ImportDossiers(ImportDossier importDossier, CatalogFacts facts) {
        this.importDossier = importDossier;
        this.facts = facts;
    }

    @io.micronaut.serde.annotation.Serdeable
    public record LineError(int line, String code, String message) {}

    /** Where an import stands; {@code lines} counts records read so far. */
    public record Progress(int lines, int imported, int skipped, List<LineError> errors, boolean finished) {}

    public Progress run(long centerId, Reader csv, Actor actor, Consumer<Progress> progress) {
        ZoneId zone = ZoneId.of(facts.center(centerId).timeZone());
        CsvLines lines = new CsvLines(csv);
        List<LineError> errors = new ArrayList<>();
        CsvLines.Row header = lines.next();
        if (header == null) {
            throw Rejection.invalid("INVALID_CSV", "The CSV file is empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw Rejection.invalid("INVALID_CSV", "Missing columns: " + String.join(", ", missing));
        }
        int read = 0;
        int imported = 0;
        int skipped = 0;
        while (true) {
            CsvLines.Row row;
            try {
                row = lines.next();
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(-1, null, e.getMessage()));
                break;
            }
            if (row == null) {
                break;
            }
            read++;
            Map<String, String> v = values(columns, row);
            try {
                ImportDossier.Imported done = importDossier.importDossier(new ImportDossier.Request(centerId, v.get("code"),
                        null, v.get("procedure_code"), new Applicant(v.get("applicant_name"), v.get("id_number"),
                                v.get("phone"), v.get("email"), v.get("address")),
                        channel(v.get("channel")), instant(v.get("received_at"), zone), date(v.get("appointment_date")),
                        actor.via(Source.CSV)));
                if (done.replayed()) {
                    skipped++;
                } else {
                    imported++;
                }
            } catch (Rejection e) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new LineError(row.line(), v.get("code"), e.code() + ": " + e.getMessage()));
                }
            }
            if (read % 100 == 0) {
                progress.accept(new Progress(read, imported, skipped, List.copyOf(errors), false));
            }
        }
        Progress done = new Progress(read, imported, skipped, List.copyOf(errors), true);
        progress.accept(done);
        return done;
    }

    private static Map<String, String> values(Map<String, Integer> columns, CsvLines.Row row) {
        Map<String, String> v = new HashMap<>();
        columns.forEach((name, index) -> {
            String value = index < row.fields().size() ? row.fields().get(index).strip() : "";
            v.put(name, value.isEmpty() ? null : value);
        });
        return v;
    }

    static Channel channel(String text) {
        if (text == null) {
            return Channel.DIRECT;
        }
        try {
            return Channel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("INVALID_CHANNEL", "channel is DIRECT, ONLINE or POSTAL");
        }
    }

    /** An ISO date-time with an offset, or without one in the center's zone. */
    static Instant instant(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                throw Rejection.invalid("INVALID_RECEIVED_AT", ""
                        + "received_at is an ISO date-time: " + text);
            }
        }
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("INVALID_APPOINTMENT_DATE", ""
                    + "appointment_date is an ISO date: " + text);
        }
    }
}
