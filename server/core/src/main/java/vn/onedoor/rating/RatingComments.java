package vn.onedoor.rating;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.text.Folding;
import vn.onedoor.rating.internal.RatingDb;

/**
 * What citizens wrote with their votes, for the center's managers: each comment with its date,
 * counter, officer, level and the dossier it was about, newest first, filtered by period, counter,
 * officer, satisfaction and words (without diacritics too).
 */
@Singleton
public class RatingComments {

    /** The most a screen lists at once; a narrower filter finds older ones. */
    public static final int LIMIT = 500;

    public record Filter(LocalDate from, LocalDate to, @Nullable Long counterId, @Nullable Long officerId,
            @Nullable Boolean satisfied, @Nullable String words) {}

    public record Comment(long ratingId, Instant ratedAt, @Nullable Integer counterNumber, @Nullable String officerName,
            int score, int scaleSize, boolean satisfied, String comment, @Nullable String dossierCode, RatingSource source) {}

    private final RatingDb db;
    private final CenterDirectory directory;

    RatingComments(RatingDb db, CenterDirectory directory) {
        this.db = db;
        this.directory = directory;
    }

    public List<Comment> of(long centerId, Filter f) {
        if (f.to().isBefore(f.from())) {
            throw Rejection.invalid("INVALID_PERIOD", "'to' is before 'from'");
        }
        Center center = directory.center(centerId)
                .orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center " + centerId));
        ZoneId zone = ZoneId.of(center.timeZone());
        String sql = "SELECT r.id, r.rated_at, k.number, COALESCE(NULLIF(u.full_name, ''), u.username), r.score, "
                + "r.scale_size, r.satisfied, r.comment, r.dossier_code, r.source FROM rating r "
                + "LEFT JOIN counter k ON k.id = r.counter_id LEFT JOIN staff_user u ON u.id = r.officer_id "
                + "WHERE r.center_id = ? AND r.rated_at >= ? AND r.rated_at < ? AND r.comment IS NOT NULL "
                + (f.counterId() == null ? "" : "AND r.counter_id = ? ")
                + (f.officerId() == null ? "" : "AND r.officer_id = ? ")
                + (f.satisfied() == null ? "" : "AND r.satisfied = ? ")
                + "ORDER BY r.rated_at DESC, r.id DESC LIMIT " + (LIMIT * 4);
        String words = f.words() == null || f.words().isBlank() ? null : Folding.fold(f.words()).strip();
        return db.read(c -> {
            List<Comment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, centerId);
                ps.setObject(2, LocalDateTime.ofInstant(f.from().atStartOfDay(zone).toInstant(), ZoneOffset.UTC));
                ps.setObject(3, LocalDateTime.ofInstant(f.to().plusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC));
                int i = 4;
                if (f.counterId() != null) {
                    ps.setLong(i++, f.counterId());
                }
                if (f.officerId() != null) {
                    ps.setLong(i++, f.officerId());
                }
                if (f.satisfied() != null) {
                    ps.setBoolean(i, f.satisfied());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < LIMIT) {
                        String comment = rs.getString(8);
                        if (words != null && !Folding.fold(comment).contains(words)) {
                            continue;
                        }
                        Integer counter = rs.getObject(3) == null ? null : rs.getInt(3);
                        out.add(new Comment(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                counter, rs.getString(4), rs.getInt(5), rs.getInt(6),
                                rs.getBoolean(7), comment, rs.getString(9), RatingSource.valueOf(rs.getString(10))));
                    }
                }
            }
            return out;
        });
    }
}
