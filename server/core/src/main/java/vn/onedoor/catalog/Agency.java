package vn.onedoor.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The authority that decides a procedure; {@code code} is the agency part of dossier codes. */
@MappedEntity("agency")
public record Agency(@Id @GeneratedValue @Nullable Long id, String code, String name, AgencyLevel level) {}
