package vn.onedoor.rating;

import io.micronaut.core.annotation.Nullable;

/** Something a citizen may point at besides the score; default criteria take their labels from the bundles. */
public record RatingCriterion(String code, @Nullable String labelVi, @Nullable String labelEn) {

    public java.util.Optional<String> label(String language) {
        return java.util.Optional.ofNullable("en".equals(language) ? labelEn : labelVi);
    }

    /** The bundle key of a default criterion's label, e.g. {@code rating.criterion.ATTITUDE}. */
    public String bundleKey() {
        return "rating.criterion." + code;
    }
}
