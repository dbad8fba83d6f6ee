package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A desk (quầy) where an officer serves one or more service groups. */
@MappedEntity("counter")
public record Counter(
        @Id @GeneratedValue @Nullable Long id,
        Long centerId,
        int number,
        String name) {}
