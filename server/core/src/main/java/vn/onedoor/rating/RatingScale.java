package vn.onedoor.rating;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A center's rating scale, best level first, and the criteria a citizen may pick. */
public record RatingScale(long centerId, List<RatingLevel> levels, List<RatingCriterion> criteria) {

    /** Rất hài lòng / Hài lòng / Không hài lòng; the first two count as satisfied. */
    public static final List<RatingLevel> DEFAULT_LEVELS = List.of(
            new RatingLevel(3, null, null, true), new RatingLevel(2, null, null, true),
            new RatingLevel(1, null, null, false));

    /** Thái độ, thời gian, hướng dẫn. */
    public static final List<RatingCriterion> DEFAULT_CRITERIA = List.of(
            new RatingCriterion("ATTITUDE", null, null), new RatingCriterion("TIME", null, null),
            new RatingCriterion("GUIDANCE", null, null));

    public RatingScale {
        levels = levels.stream().sorted(Comparator.comparingInt(RatingLevel::score).reversed()).toList();
        criteria = List.copyOf(criteria);
    }

    public int size() {
        return levels.size();
    }

    public Optional<RatingLevel> level(int score) {
        return levels.stream().filter(l -> l.score() == score).findFirst();
    }

    public boolean hasCriterion(String code) {
        return criteria.stream().anyMatch(c -> c.code().equals(code));
    }
}
