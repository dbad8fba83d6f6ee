package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.onedoor.center.CenterLevel;

/**
 * A center as the setup and the center form give it: its name, its receiving unit identifier in
 * the national form ({@code 000.00.00.H39}), address, level, time zone (default
 * Asia/Ho_Chi_Minh) and opening hours ({@code 07:00-11:30, 13:30-17:00}).
 */
@Serdeable
public record CenterForm(String name, String unitCode, @Nullable String address, @Nullable CenterLevel level,
        @Nullable String timeZone, @Nullable String openingHours) {}
