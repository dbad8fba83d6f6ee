package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A service group as its form gives it. Optional numbers take their defaults: weight 1, no
 * anti-starvation wait, no quota; {@code openingHours} empty means whenever the center is open.
 */
@Serdeable
public record GroupForm(String prefix, String name, @Nullable String nameEn, @Nullable List<Long> procedureIds,
        @Nullable Integer weight, @Nullable Integer maxWaitMinutes, @Nullable String openingHours,
        @Nullable Integer dailyQuota, @Nullable String quotaMessage, @Nullable Boolean returnsResults,
        @Nullable Integer sortOrder) {}
