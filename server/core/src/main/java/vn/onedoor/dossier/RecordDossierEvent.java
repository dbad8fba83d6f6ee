package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierSql;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.text.PersonNames;
import vn.onedoor.dossier.model.DossierRules;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EntryTime;

/**
 * Records one step of a dossier (supplement, refusal, processing at an agency, result, return,
 * withdrawal, apology) under the dossier's row lock, so steps of one dossier never interleave. A
 * step pushed again with the same event id changes nothing and answers as the first time.
 */
@Singleton
public class RecordDossierEvent {

    private static final Logger LOG = LoggerFactory.getLogger(RecordDossierEvent.class);
    private static final int MAX_EXTERNAL_ID = 100;
    private static final int MAX_REASON = 1000;

    private final DossierTx tx;
    private final CatalogFacts facts;
    private final Clock clock;

    RecordDossierEvent(DossierTx tx, CatalogFacts facts, Clock clock) {
        this.tx = tx;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * {@code at} null means now; {@code externalId} is the pushing system's id of the step;
     * {@code centerId} non-null limits the caller to that center's dossiers.
     */
    public record Request(String code, DossierStep step, Instant at, Actor actor, String externalId, Long centerId) {}

    public record Recorded(String code, DossierStatus status, LocalDate promisedDate, boolean lateEntry, boolean replayed) {}

    public Recorded record(Request r) {
        String code = DossierCode.parse(r.code()).map(DossierCode::value).orElseThrow(() -> notFound(r.code()));
        if (r.step() == null || r.step().type() == null) {
            throw Rejection.invalid("INVALID_EVENT_TYPE", "type is required");
        }
        if (r.externalId() != null && (r.externalId().isBlank() || r.externalId().length() > MAX_EXTERNAL_ID)) {
            throw Rejection.invalid("INVALID_EVENT_ID", "An event id has 1 to 100 characters");
        }
        if (r.step().reason() != null && r.step().reason().length() > MAX_REASON) {
            throw Rejection.invalidField("reason", "INVALID_REASON", "A reason has at most 1000 characters");
        }
        String unprintable = r.step().reason() == null ? "" : PersonNames.unprintable(r.step().reason());
        if (!unprintable.isEmpty()) {
            // the reason is printed on the apology letter and the notices
            throw Rejection.invalidField("reason", "REASON_CHARACTERS", "The reason holds characters that cannot be printed: "
                    + unprintable, unprintable);
        }
        if (r.step().agencyId() != null) {
            facts.agency(r.step().agencyId());
        }
        Instant now = clock.instant();
        EntryTime entry = EntryTime.of(r.at(), now);
        Recorded recorded = tx.write((c, events) -> {
            Dossier before = DossierSql.find(c, code, true)
                    .filter(d -> r.centerId() == null || d.centerId() == r.centerId())
                    .orElseThrow(() -> notFound(code));
            if (r.externalId() != null) {
                List<DossierEvent> history = DossierSql.events(c, before.id());
                var same = history.stream().filter(e -> r.externalId().equals(e.externalId())).findFirst();
                if (same.isPresent()) {
                    return new Recorded(code, same.get().statusAfter(), before.promisedDate(), same.get().lateEntry(), true);
                }
            }
            Instant last = lastOccurredAt(c, before.id());
            if (last != null && entry.occurredAt().isBefore(last)) {
                throw Rejection.invalid("INVALID_EVENT_ORDER", "The step at "
                        + entry.occurredAt() + " is earlier than the last one at " + last);
            }
            ZoneId zone = ZoneId.of(facts.center(before.centerId()).timeZone());
            LocalDate date = entry.occurredAt().atZone(zone).toLocalDate();
            Dossier after = DossierRules.apply(before, r.step(), date);
            DossierSql.update(c, after);
            DossierStep s = r.step();
            DossierSql.insertEvent(c, new DossierSql.NewEvent(after.id(), s.type(), after.status(), s.agencyId(),
                    blankToNull(s.reason()), s.newAppointmentDate(), entry.occurredAt(), now, entry.lateEntry(), r.actor(),
                    r.externalId()));
            events.accept(new DossierStatusChanged(after.centerId(), code, s.type(), after.status()));
            return new Recorded(code, after.status(), after.promisedDate(), entry.lateEntry(), false);
        });
        if (recorded.lateEntry() && !recorded.replayed()) {
            LOG.warn("Late entry: {} of dossier {} happened at {}, entered at {} by {}", r.step().type(), code,
                    entry.occurredAt(), now, r.actor());
        }
        return recorded;
    }

    private static Instant lastOccurredAt(Connection c, long dossierId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(occurred_at) FROM dossier_event WHERE dossier_id = ?")) {
            ps.setLong(1, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                var value = rs.getObject(1, java.time.LocalDateTime.class);
                return value == null ? null : value.toInstant(java.time.ZoneOffset.UTC);
            }
        }
    }

    static Rejection notFound(String code) {
        return Rejection.notFound("DOSSIER_NOT_FOUND", "No dossier " + code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
