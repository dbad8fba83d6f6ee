package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A desk (quầy) where an officer serves one or more service groups; a retired one keeps its history. */
@MappedEntity("counter")
public record Counter(
        @Id @GeneratedValue @Nullable Long id,
        Long centerId,
        int number,
        String name,
        @Nullable Instant retiredAt) {

    public static Counter of(long centerId, int number, String name) {
        return new Counter(null, centerId, number, name, null);
    }
}
