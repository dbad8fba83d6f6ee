package vn.onedoor.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The authority that decides a procedure; {@code code}, where the catalog gives one, is the agency
 * part of the codes of dossiers received for it at a provincial center.
 */
@MappedEntity("agency")
public record Agency(@Id @GeneratedValue @Nullable Long id, @Nullable String code, String name, AgencyLevel level) {}
