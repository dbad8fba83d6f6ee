package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Locale;

/**
 * A queue of a center: tickets of a group share its prefix letter and daily sequence.
 * {@code returnsResults} marks the group that hands results back (trả kết quả), to which a kiosk
 * offers a ticket for a ready dossier. {@code weight}: what a counter gives the group unless set
 * otherwise; {@code maxWaitMinutes}: a ticket waiting longer is called before other groups'
 * (anti-starvation); {@code openingHours}: when tickets are issued (none: whenever the center is
 * open); {@code dailyQuota}: the most tickets a day, with {@code quotaMessage} for the kiosk.
 */
@MappedEntity("service_group")
public record ServiceGroup(
        @Id @GeneratedValue @Nullable Long id,
        Long centerId,
        String prefix,
        String name,
        @Nullable String nameEn,
        int sortOrder,
        boolean returnsResults,
        int weight,
        @Nullable Integer maxWaitMinutes,
        @Nullable String openingHours,
        @Nullable Integer dailyQuota,
        @Nullable String quotaMessage,
        @Nullable Instant retiredAt) {

    /** A plain group: weight 1, no anti-starvation wait, hours, quota. */
    public static ServiceGroup of(long centerId, String prefix, String name, int sortOrder, boolean returnsResults) {
        return new ServiceGroup(null, centerId, prefix, name, null, sortOrder, returnsResults, 1, null, null, null,
                null, null);
    }

    /** The name in a screen's language: English where the group has one, Vietnamese otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
