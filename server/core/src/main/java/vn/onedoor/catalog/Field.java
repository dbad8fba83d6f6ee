package vn.onedoor.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A field (lĩnh vực) grouping procedures: land, civil status, business… */
@MappedEntity("field")
public record Field(@Id @GeneratedValue @Nullable Long id, String code, String name) {}
