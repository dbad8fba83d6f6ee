package vn.onedoor.rating;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.rating.internal.RatingDb;
import vn.onedoor.rating.internal.RatingRows;
import vn.onedoor.rating.internal.Visit;
import vn.onedoor.rating.internal.VisitRows;

/**
 * A citizen's vote, by dossier code or by ticket. One dossier code authenticates one rating (003
 * Điều 12.2) and a visit without a dossier is rated once per ticket: the database's unique keys
 * decide, so two terminals, a double tap or ten threads at once still make one rating; the
 * others get {@code ALREADY_RATED}.
 */
@Singleton
public class SubmitRating {

    /** {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}: the agency's dotted code, the receipt date, a sequence. */
    private static final Pattern DOSSIER_CODE = Pattern.compile("[0-9A-Z]{1,6}(\\.[0-9A-Z]{1,6}){0,4}-\\d{6}-\\d{4,6}");
    private static final int COMMENT_LIMIT = 500;
    /** How many of the ID number's last characters prove the applicant on the phone page. */
    public static final int ID_TAIL = 6;
    private static final String RETURNED = "RETURNED";

    private final RatingDb db;
    private final CenterDirectory directory;
    private final Clock clock;

    SubmitRating(RatingDb db, CenterDirectory directory, Clock clock) {
        this.db = db;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A vote. {@code callerCenterId} is the caller's own center (null for province staff): a
     * ticket of another center is not found, and a vote by dossier code alone counts for it.
     */
    public record Request(@Nullable Long callerCenterId, @Nullable String dossierCode, @Nullable Long ticketId,
            int score, @Nullable List<String> criteria, @Nullable String comment, @Nullable Long counterId,
            RatingSource source, @Nullable Long deviceId, @Nullable Long userId) {}

    public Rating submit(Request r) {
        String code = normalize(r.dossierCode());
        if (code == null && r.ticketId() == null) {
            throw Rejection.invalid("INVALID_SUBJECT", "Give a dossier code or a ticket");
        }
        if (code != null && !DOSSIER_CODE.matcher(code).matches()) {
            throw Rejection.invalid("INVALID_DOSSIER_CODE", "Not a dossier code: " + code);
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            throw Rejection.invalid("INVALID_COMMENT", "A comment takes at most 500 characters");
        }
        List<String> criteria = r.criteria() == null ? List.of() : r.criteria().stream().distinct().toList();
        try {
            return db.write(c -> insert(c, r, code, comment, criteria));
        } catch (ConstraintViolated e) {
            if (!e.is("DUPLICATE")) {
                throw e;
            }
            throw alreadyRated(code);
        }
    }

    /** Whether a dossier may be rated now, and if not, why: the kiosk and the phone page ask before showing the scale. */
    public enum Eligibility { OPEN, UNKNOWN, NOT_FINISHED, ALREADY_RATED }

    /**
     * A dossier is rated once it is completed (003 Điều 12.1 "sau khi hoàn thành"), that is when its
     * result, or its refusal, was handed over (RETURNED); one of another center is unknown here.
     */
    public Eligibility eligibility(String dossierCode, @Nullable Long centerId) {
        String code = normalize(dossierCode);
        if (code == null || !DOSSIER_CODE.matcher(code).matches()) {
            return Eligibility.UNKNOWN;
        }
        return db.read(c -> {
            Optional<VisitRows.DossierFacts> facts = VisitRows.dossierFacts(c, code)
                    .filter(f -> centerId == null || f.centerId() == centerId);
            if (facts.isEmpty()) {
                return Eligibility.UNKNOWN;
            }
            if (!RETURNED.equals(facts.get().status())) {
                return Eligibility.NOT_FINISHED;
            }
            return RatingRows.dossierRated(c, code) ? Eligibility.ALREADY_RATED : Eligibility.OPEN;
        });
    }

    /**
     * The applicant's own vote from the phone page of the receipt's QR code: only after they show
     * they are the applicant, with the last {@value #ID_TAIL} characters of the ID number on the
     * receipt (the public page shows three). Still one vote per dossier, by the database's key.
     */
    public Rating submitAsApplicant(String dossierCode, String idTail, int score, @Nullable List<String> criteria,
            @Nullable String comment) {
        String code = normalize(dossierCode);
        VisitRows.DossierFacts facts = code == null ? null : db.read(c -> VisitRows.dossierFacts(c, code)).orElse(null);
        if (facts == null) {
            throw Rejection.notFound("DOSSIER_NOT_FOUND", "No dossier " + dossierCode);
        }
        String id = facts.applicantIdNumber().toUpperCase(Locale.ROOT);
        String expected = id.substring(Math.max(0, id.length() - ID_TAIL));
        String given = idTail == null ? "" : idTail.strip().toUpperCase(Locale.ROOT);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw Rejection.invalidField("idTail", "APPLICANT_NOT_CONFIRMED", "The ID number's tail does not match",
                    ID_TAIL);
        }
        return submit(new Request(facts.centerId(), code, null, score, criteria, comment, null, RatingSource.PHONE,
                null, null));
    }

    /** The center of one of our dossiers. */
    public Optional<Long> centerOfDossier(String dossierCode) {
        String code = normalize(dossierCode);
        return code == null ? Optional.empty()
                : db.read(c -> VisitRows.dossierFacts(c, code).map(VisitRows.DossierFacts::centerId));
    }

    /** Whether this dossier code was used for a rating already (the kiosk asks before showing the scale). */
    public boolean dossierRated(String dossierCode) {
        String code = normalize(dossierCode);
        return code != null && db.read(c -> RatingRows.dossierRated(c, code));
    }

    /** A code as typed or scanned, trimmed and in capitals; null when blank. */
    public static @Nullable String normalize(@Nullable String dossierCode) {
        return dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip().toUpperCase(Locale.ROOT);
    }

    private Rating insert(Connection c, Request r, String code, String comment, List<String> criteria)
            throws SQLException {
        Optional<Visit> visit = r.ticketId() == null ? Optional.empty() : Optional.of(VisitRows.ofTicket(c, r.ticketId())
                .filter(v -> r.callerCenterId() == null || v.centerId() == r.callerCenterId())
                .orElseThrow(() -> Rejection.notFound("TICKET_NOT_FOUND", "No ticket " + r.ticketId())));
        if (visit.isPresent() && !visit.get().completed()) {
            throw Rejection.conflict("TICKET_NOT_COMPLETED", "The visit is not finished yet");
        }
        long centerId = centerOf(c, r, visit);
        if (r.counterId() != null && !VisitRows.centerOfCounter(c, r.counterId()).equals(Optional.of(centerId))) {
            throw Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + r.counterId());
        }
        if (code != null && r.ticketId() == null) {
            Optional<VisitRows.DossierFacts> dossier = VisitRows.dossierFacts(c, code);
            // A vote by dossier code: one of ours is rated once its result (or refusal) was handed
            // over; a code of the national portal's that is not in our database is taken as it comes.
            // A vote by ticket rates the visit, which must be completed (above).
            if (dossier.isPresent() && !RETURNED.equals(dossier.get().status())) {
                throw Rejection.conflict("DOSSIER_NOT_FINISHED", "Dossier " + code + " is " + dossier.get().status());
            }
        }
        if (visit.isEmpty() && code != null) {
            visit = VisitRows.lastWithDossier(c, centerId, code);
        }
        RatingScale scale = RatingScales.scaleIn(c, centerId);
        RatingLevel level = scale.level(r.score()).orElseThrow(() -> Rejection.invalid("INVALID_SCORE",
                "The score must be 1 to " + scale.size(), scale.size()));
        criteria.stream().filter(k -> !scale.hasCriterion(k)).findFirst().ifPresent(k -> {
            throw Rejection.invalid("INVALID_CRITERION", "No criterion " + k);
        });
        if ((code != null && RatingRows.dossierRated(c, code))
                || (r.ticketId() != null && RatingRows.ticketRated(c, r.ticketId()))) {
            throw alreadyRated(code);
        }
        Instant now = clock.instant();
        Long counterId = visit.map(Visit::counterId).orElse(r.counterId());
        Long officerId = visit.isPresent() ? visit.get().officerId()
                : counterId == null ? null : VisitRows.officerAt(c, centerId, counterId, now).orElse(null);
        Long agencyId = visit.map(Visit::agencyId).orElse(null);
        if (agencyId == null && code != null) {
            agencyId = VisitRows.agencyOfDossier(c, code).orElse(null);
        }
        Rating rating = new Rating(0, centerId, code, r.ticketId(), level.score(), level.satisfied(), criteria, comment,
                counterId, officerId, agencyId, r.source(), now);
        long id = RatingRows.insert(c, rating, scale.size(), r.deviceId(), r.userId());
        return new Rating(id, centerId, code, r.ticketId(), level.score(), level.satisfied(), criteria, comment,
                counterId, officerId, agencyId, r.source(), now);
    }

    private long centerOf(Connection c, Request r, Optional<Visit> visit) throws SQLException {
        if (visit.isPresent()) {
            return visit.get().centerId();
        }
        if (r.counterId() != null && r.callerCenterId() == null) {
            return VisitRows.centerOfCounter(c, r.counterId()).orElseThrow(() ->
                    Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + r.counterId()));
        }
        if (r.callerCenterId() != null) {
            return r.callerCenterId();
        }
        return directory.defaultCenter().orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center")).id();
    }

    private static Rejection alreadyRated(String code) {
        return Rejection.conflict("ALREADY_RATED", code != null ? "Dossier " + code + " has been rated already"
                : "This visit has been rated already");
    }
}
