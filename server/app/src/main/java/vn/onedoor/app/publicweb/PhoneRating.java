package vn.onedoor.app.publicweb;

import jakarta.inject.Singleton;
import java.util.Locale;
import vn.onedoor.app.vaadin.BundleI18nProvider;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.security.TokenBuckets;
import vn.onedoor.rating.RatingAttemptLimiter;
import vn.onedoor.rating.RatingLevel;
import vn.onedoor.rating.RatingScale;
import vn.onedoor.rating.RatingScales;
import vn.onedoor.rating.SubmitRating;

/**
 * The applicant's vote on the dossier page a receipt's QR code opens: once the result was handed
 * over, a plain form (the last six characters of the ID number, a level of the center's scale, a
 * comment) that {@link SubmitRating#submitAsApplicant} checks. One vote per dossier, whatever the door.
 */
@Singleton
public class PhoneRating {

    /** The answer to a vote: an HTTP status, the message, and the seconds to wait when refused for too many tries. */
    public record Answer(int status, String message, long retryAfterSeconds) {}

    private final SubmitRating submit;
    private final RatingScales scales;
    private final RatingAttemptLimiter attempts;
    private final BundleI18nProvider i18n;

    PhoneRating(SubmitRating submit, RatingScales scales, RatingAttemptLimiter attempts, BundleI18nProvider i18n) {
        this.submit = submit;
        this.scales = scales;
        this.attempts = attempts;
        this.i18n = i18n;
    }

    /** Under the dossier's facts: the form, a thanks for a vote already given, or nothing while it is in progress. */
    String invitation(String code, Locale locale) {
        return switch (submit.eligibility(code, null)) {
            case OPEN -> form(code, locale);
            case ALREADY_RATED -> "<p class=n>" + t(locale, "public.rating.already") + "</p>";
            case NOT_FINISHED, UNKNOWN -> "";
        };
    }

    String form(String code, Locale locale) {
        Long center = submit.centerOfDossier(code).orElse(null);
        if (center == null) {
            return "";
        }
        RatingScale scale = scales.scale(center);
        StringBuilder b = new StringBuilder("<h2>").append(t(locale, "public.rating.title")).append("</h2><form method=post")
                .append(" action='/hs/").append(PublicPages.escape(code)).append(locale.getLanguage().equals("en") ? "?lang=en" : "")
                .append("'><p>").append(t(locale, "public.rating.intro")).append("</p><label>")
                .append(t(locale, "public.rating.id-tail", SubmitRating.ID_TAIL))
                .append("<input name=idTail inputmode=text autocomplete=off maxlength=20 required></label>");
        java.util.List<RatingLevel> happiestFirst = new java.util.ArrayList<>(scale.levels());
        happiestFirst.sort(java.util.Comparator.comparingInt(RatingLevel::score).reversed());
        for (RatingLevel level : happiestFirst) {
            String label = level.label(locale.getLanguage()).orElseGet(() ->
                    i18n.getTranslation(level.bundleKey(scale.size()), locale));
            b.append("<label style='display:block;margin:.5rem 0'><input type=radio name=score required value=")
                    .append(level.score()).append("> ").append(PublicPages.escape(label)).append("</label>");
        }
        b.append("<label>").append(t(locale, "public.rating.comment")).append("<textarea name=comment maxlength=500 rows=3 ")
                .append("style='width:100%;box-sizing:border-box'></textarea></label><button>")
                .append(t(locale, "public.rating.send")).append("</button></form>");
        return b.toString();
    }

    Answer vote(String code, String idTail, String score, String comment, Locale locale) {
        String key = "dossier:" + SubmitRating.normalize(code);
        TokenBuckets.Decision decision = attempts.peek(key);
        if (!decision.allowed()) {
            return new Answer(429, i18n.getTranslation("public.rating.too-many", locale, decision.retryAfterSeconds()),
                    decision.retryAfterSeconds());
        }
        int level;
        try {
            level = Integer.parseInt(score == null ? "" : score.strip());
        } catch (NumberFormatException e) {
            return new Answer(400, i18n.getTranslation("public.rating.choose-level", locale), 0);
        }
        try {
            submit.submitAsApplicant(code, idTail, level, null, comment);
            return new Answer(201, i18n.getTranslation("public.rating.thanks", locale), 0);
        } catch (Rejection e) {
            if (e.is("APPLICANT_NOT_CONFIRMED")) {
                attempts.spend(key);
            }
            String text = i18n.translationOrNull(e.messageKey(), locale, e.args());
            int status = switch (e.kind()) {
                case INVALID -> 400;
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
            };
            return new Answer(status, text != null ? text : i18n.getTranslation("error.other", locale, e.getMessage()), 0);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return PublicPages.escape(i18n.getTranslation(key, locale, args));
    }
}
