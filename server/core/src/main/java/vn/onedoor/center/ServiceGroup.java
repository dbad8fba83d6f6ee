package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A queue of a center: tickets of a group share its prefix letter and daily sequence.
 * {@code returnsResults} marks the group that hands results back (trả kết quả), to which a kiosk
 * offers a ticket for a ready dossier.
 */
@MappedEntity("service_group")
public record ServiceGroup(
        @Id @GeneratedValue @Nullable Long id,
        Long centerId,
        String prefix,
        String name,
        int sortOrder,
        boolean returnsResults) {}
