package vn.onedoor.calendar.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import vn.onedoor.calendar.model.OverrideKind;

@MappedEntity("calendar_override")
public record OverrideRow(
        @Id @GeneratedValue @Nullable Long id,
        long centerId,
        LocalDate day,
        OverrideKind kind,
        @Nullable String note,
        String createdBy,
        Instant createdAt) {}
