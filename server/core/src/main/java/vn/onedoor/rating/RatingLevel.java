package vn.onedoor.rating;

import io.micronaut.core.annotation.Nullable;

/**
 * One step of a scale; a higher score is a happier citizen. The default scale has no labels of its
 * own: screens take them from the bundles under {@link #bundleKey(int)}.
 */
public record RatingLevel(int score, @Nullable String labelVi, @Nullable String labelEn, boolean satisfied) {

    /** The label in a language ("vi" or "en"); empty for the default scale, whose labels are in the bundles. */
    public java.util.Optional<String> label(String language) {
        return java.util.Optional.ofNullable("en".equals(language) ? labelEn : labelVi);
    }

    /** The bundle key of a default level's label, e.g. {@code rating.level.3.3} for "Rất hài lòng". */
    public String bundleKey(int scaleSize) {
        return "rating.level." + scaleSize + "." + score;
    }
}
