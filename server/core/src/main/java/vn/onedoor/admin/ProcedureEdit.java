package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A procedure as the edit screen gives it; its field and agency by id. */
@Serdeable
public record ProcedureEdit(String code, String name, long fieldId, long agencyId, @Nullable String levels,
        int processingDays, long feeVnd, @Nullable String feeNote, int onlineLevel, List<String> requiredDocuments) {}
