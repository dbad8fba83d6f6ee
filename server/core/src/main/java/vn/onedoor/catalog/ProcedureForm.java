package vn.onedoor.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A blank form (mẫu đơn, tờ khai) that belongs to a procedure. */
@MappedEntity("procedure_form")
public record ProcedureForm(
        @Id @GeneratedValue @Nullable Long id, Long procedureId, String code, String name, String fileName) {}
