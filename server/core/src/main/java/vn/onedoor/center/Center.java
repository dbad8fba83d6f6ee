package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A one-stop center (Trung tâm Phục vụ Hành chính công, Bộ phận Một cửa). {@code unitCode} is
 * its receiving unit identifier in the national form ({@code 000.00.00.H39}), the first part of
 * the codes of dossiers it receives; {@code openingHours} as {@link OpeningHours} writes them.
 */
@MappedEntity("center")
public record Center(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        @Nullable String unitCode,
        CenterLevel level,
        String name,
        @Nullable String address,
        String timeZone,
        @Nullable String openingHours,
        String ticketFormat,
        @Nullable Instant retiredAt) {

    public static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
    public static final String DEFAULT_TICKET_FORMAT = "{prefix}-{number:4}";

    public static Center of(String code, String name, @Nullable String address) {
        return new Center(null, code, null, CenterLevel.PROVINCIAL, name, address, DEFAULT_TIME_ZONE, null,
                DEFAULT_TICKET_FORMAT, null);
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
