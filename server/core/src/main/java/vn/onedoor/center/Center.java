package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A one-stop center (Trung tâm Phục vụ Hành chính công, Bộ phận Một cửa). */
@MappedEntity("center")
public record Center(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        @Nullable String address,
        String timeZone,
        String ticketFormat) {

    public static Center of(String code, String name, @Nullable String address) {
        return new Center(null, code, name, address, "Asia/Ho_Chi_Minh", "{prefix}-{number:4}");
    }
}
