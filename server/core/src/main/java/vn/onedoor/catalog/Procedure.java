package vn.onedoor.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Arrays;
import java.util.List;

/** An administrative procedure (thủ tục hành chính). */
@MappedEntity("admin_procedure")
public record Procedure(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        Long agencyId,
        Long fieldId,
        int processingDays,
        long feeVnd,
        @Nullable String feeNote,
        @Nullable String levels,
        int onlineLevel,
        String requiredDocuments,
        @Nullable java.time.Instant retiredAt) {

    /** The required documents, one per line in storage. */
    public List<String> requiredDocumentList() {
        return Arrays.stream(requiredDocuments.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
