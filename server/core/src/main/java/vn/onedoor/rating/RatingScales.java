package vn.onedoor.rating;

import vn.onedoor.platform.rules.Rejection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.onedoor.rating.internal.RatingDb;
import vn.onedoor.rating.internal.ScaleRows;

/** Each center's rating scale: the default three levels, or the center's own two to five. */
@Singleton
public class RatingScales {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private final RatingDb db;

    RatingScales(RatingDb db) {
        this.db = db;
    }

    public RatingScale scale(long centerId) {
        return db.read(c -> scaleIn(c, centerId));
    }

    static RatingScale scaleIn(Connection c, long centerId) throws SQLException {
        List<RatingLevel> levels = ScaleRows.levels(c, centerId);
        return levels.isEmpty()
                ? new RatingScale(centerId, RatingScale.DEFAULT_LEVELS, RatingScale.DEFAULT_CRITERIA)
                : new RatingScale(centerId, levels, ScaleRows.criteria(c, centerId));
    }

    /**
     * Sets a center's scale: scores 1..n for n of 2 to 5, each labelled in Vietnamese and English,
     * at least one satisfied level and one not. No levels at all brings the defaults back.
     */
    public RatingScale configure(long centerId, List<RatingLevel> levels, List<RatingCriterion> criteria) {
        if (!levels.isEmpty()) {
            validate(levels, criteria);
        }
        return db.write(c -> {
            ScaleRows.replace(c, centerId, levels, levels.isEmpty() ? List.of() : criteria);
            return scaleIn(c, centerId);
        });
    }

    private static void validate(List<RatingLevel> levels, List<RatingCriterion> criteria) {
        Set<Integer> scores = new HashSet<>();
        levels.forEach(l -> scores.add(l.score()));
        if (levels.size() < 2 || levels.size() > 5 || scores.size() != levels.size()
                || !scores.stream().allMatch(s -> s >= 1 && s <= levels.size())) {
            throw Rejection.invalid("INVALID_SCALE", "A scale has 2 to 5 levels scored 1 to the number of levels");
        }
        if (levels.stream().noneMatch(RatingLevel::satisfied) || levels.stream().allMatch(RatingLevel::satisfied)) {
            throw Rejection.invalid("INVALID_SCALE", "At least one satisfied and one unsatisfied level");
        }
        if (levels.stream().anyMatch(l -> blankOrLong(l.labelVi()) || blankOrLong(l.labelEn()))
                || criteria.stream().anyMatch(k -> blankOrLong(k.labelVi()) || blankOrLong(k.labelEn()))) {
            throw Rejection.invalid("INVALID_LABEL", "Every level and criterion needs a Vietnamese and an English label (at most 100 characters)");
        }
        Set<String> codes = new HashSet<>();
        if (!criteria.stream().allMatch(k -> k.code() != null && CODE.matcher(k.code()).matches() && codes.add(k.code()))) {
            throw Rejection.invalid("INVALID_CRITERION", "Criterion codes: capitals, digits, underscores, each once");
        }
    }

    private static boolean blankOrLong(String label) {
        return label == null || label.isBlank() || label.length() > 100;
    }
}
