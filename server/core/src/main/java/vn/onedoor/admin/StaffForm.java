package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.onedoor.identity.Role;

/**
 * A staff account as its form gives it. {@code centerId} null: an account of the installation
 * (only an administrator can be one). {@code counterIds}: the counters the account may open
 * (empty: any of its center's). {@code password}: blank gives a one-time password that must be
 * changed at the first sign-in; ignored when an account is edited.
 */
@Serdeable
public record StaffForm(String username, String fullName, Role role, @Nullable Long centerId,
        @Nullable List<Long> counterIds, @Nullable String password) {}
