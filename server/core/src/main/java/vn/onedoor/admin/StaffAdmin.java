package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.identity.Caller;
import vn.onedoor.identity.PasswordPolicy;
import vn.onedoor.identity.Role;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.text.PersonNames;

/**
 * Staff accounts on screens and through the API: created, edited, disabled and enabled, their
 * passwords reset to a one-time password. A center's administrator manages the accounts of that
 * center only; the last enabled administrator of the installation can be neither disabled nor
 * demoted, so the install is never left without one.
 */
@Singleton
public class StaffAdmin {

    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminWrites writes;
    private final StaffAccounts accounts;
    private final CenterDirectory directory;

    StaffAdmin(AdminWrites writes, StaffAccounts accounts, CenterDirectory directory) {
        this.writes = writes;
        this.accounts = accounts;
        this.directory = directory;
    }

    /** An account as lists show it. */
    @Serdeable
    public record StaffRow(long id, String username, String fullName, Role role, @Nullable Long centerId,
            boolean enabled, boolean mustChangePassword, List<Long> counterIds) {}

    /** A created account and, when none was given, the one-time password to hand over (shown once). */
    @Serdeable
    public record Created(StaffRow account, @Nullable String oneTimePassword) {}

    /**
     * One page of the accounts the caller may see, filtered by center (null: all they may see) and by
     * a text found in the username or the full name.
     */
    public List<StaffRow> page(Caller caller, @Nullable Long centerId, @Nullable String text, int offset, int limit) {
        Filter f = filter(caller, centerId, text);
        return writes.read(c -> {
            List<StaffRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, full_name, role, center_id, enabled, "
                    + "must_change_password FROM staff_user" + f.where + " ORDER BY username LIMIT ? OFFSET ?")) {
                int i = f.bind(ps);
                ps.setInt(i++, Math.max(1, Math.min(limit, 500)));
                ps.setInt(i, Math.max(0, offset));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs, List.of()));
                    }
                }
            }
            return withCounters(c, rows);
        });
    }

    public int count(Caller caller, @Nullable Long centerId, @Nullable String text) {
        Filter f = filter(caller, centerId, text);
        return writes.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM staff_user" + f.where)) {
                f.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    public StaffRow account(Caller caller, long userId) {
        StaffRow row = writes.read(c -> read(c, userId));
        requireManages(caller, row.centerId());
        return row;
    }

    public Created create(Caller caller, StaffForm form) {
        Checked checked = check(caller, form, null);
        String given = form.password() == null || form.password().isBlank() ? null : form.password();
        if (given != null) {
            PasswordPolicy.check(checked.username, given);
        }
        String password = given != null ? given : oneTimePassword();
        StaffRow created = saving(checked.username, () -> writes.write(caller, change -> {
            Connection c = change.connection();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_user (username, full_name, password_hash, "
                    + "role, center_id, enabled, must_change_password) VALUES (?,?,?,?,?,TRUE,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, checked.username);
                ps.setString(2, checked.fullName);
                ps.setString(3, accounts.hash(password));
                ps.setString(4, checked.role.name());
                ps.setObject(5, checked.centerId);
                ps.setBoolean(6, given == null);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            setCounters(c, id, checked.counters);
            StaffRow after = read(c, id);
            change.audit(checked.centerId, "CREATE", "staff_user", id, after.username() + " (" + after.role() + ")",
                    null, doc(after));
            return after;
        }));
        return new Created(created, given == null ? password : null);
    }

    public StaffRow update(Caller caller, long userId, StaffForm form) {
        StaffRow before = account(caller, userId);
        Checked checked = check(caller, form, before);
        StaffRow after = saving(checked.username, () -> writes.write(caller, change -> {
            Connection c = change.connection();
            if (before.role() == Role.ADMIN && before.centerId() == null
                    && (checked.role != Role.ADMIN || checked.centerId != null)) {
                requireAnotherInstallationAdmin(c, userId);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff_user SET username = ?, full_name = ?, role = ?, "
                    + "center_id = ? WHERE id = ?")) {
                ps.setString(1, checked.username);
                ps.setString(2, checked.fullName);
                ps.setString(3, checked.role.name());
                ps.setObject(4, checked.centerId);
                ps.setLong(5, userId);
                ps.executeUpdate();
            }
            setCounters(c, userId, checked.counters);
            if (before.role() != checked.role || !java.util.Objects.equals(before.centerId(), checked.centerId)) {
                accounts.revokeTokens(c, userId);
            }
            StaffRow row = read(c, userId);
            change.audit(checked.centerId != null ? checked.centerId : before.centerId(), "UPDATE", "staff_user", userId,
                    row.username(), doc(before), doc(row));
            return row;
        }));
        accounts.changed(userId);
        return after;
    }

    /** Disables or enables an account; a disabled account's tokens stop working at once. */
    public StaffRow setEnabled(Caller caller, long userId, boolean enabled) {
        StaffRow before = account(caller, userId);
        if (!enabled && caller.userId() != null && caller.userId() == userId) {
            throw Rejection.conflict("CANNOT_DISABLE_SELF", "An administrator does not disable their own account");
        }
        StaffRow after = writes.write(caller, change -> {
            Connection c = change.connection();
            if (!enabled && before.role() == Role.ADMIN && before.centerId() == null) {
                requireAnotherInstallationAdmin(c, userId);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff_user SET enabled = ? WHERE id = ?")) {
                ps.setBoolean(1, enabled);
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            if (!enabled) {
                accounts.revokeTokens(c, userId);
            }
            StaffRow row = read(c, userId);
            change.audit(before.centerId(), enabled ? "ENABLE" : "DISABLE", "staff_user", userId, row.username(),
                    doc(before), doc(row));
            return row;
        });
        accounts.changed(userId);
        return after;
    }

    /** A new one-time password for an account, to be changed at its next sign-in; its tokens are revoked. */
    public String resetPassword(Caller caller, long userId) {
        StaffRow before = account(caller, userId);
        String password = oneTimePassword();
        writes.write(caller, change -> {
            accounts.setPassword(change.connection(), userId, password, true);
            change.audit(before.centerId(), "RESET_PASSWORD", "staff_user", userId, before.username(), null, null);
            return null;
        });
        accounts.changed(userId);
        return password;
    }

    /** A readable one-time password that follows the policy: 12 characters, letters and digits. */
    static String oneTimePassword() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                sb.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(Character::isLetter)) {
                return p;
            }
        }
    }

    private record Checked(String username, String fullName, Role role, Long centerId, Set<Long> counters) {}

    private Checked check(Caller caller, StaffForm form, @Nullable StaffRow before) {
        String username = form.username() == null ? "" : form.username().strip();
        if (!username.matches("[A-Za-z0-9][A-Za-z0-9._-]{2,63}")) {
            throw Rejection.invalidField("username", "INVALID_USERNAME", "A username has 3-64 letters a-z, digits, . _ -",
                    username);
        }
        String bad = form.fullName() == null ? "" : PersonNames.unusable(PersonNames.normalize(form.fullName()));
        if (!bad.isEmpty()) {
            throw Rejection.invalidField("fullName", "NAME_CHARACTERS", "The name holds " + bad, bad);
        }
        String fullName = PersonNames.normalize(Inputs.required("fullName", form.fullName(), 255));
        if (form.role() == null) {
            throw Rejection.invalidField("role", "VALUE_REQUIRED", "role is required", "role");
        }
        Long centerId = form.centerId();
        if (centerId == null && form.role() != Role.ADMIN) {
            throw Rejection.invalidField("centerId", "CENTER_REQUIRED", "A manager or an officer belongs to a center");
        }
        requireManages(caller, centerId);
        if (before != null) {
            requireManages(caller, before.centerId());
        }
        if (centerId != null) {
            directory.center(centerId).filter(c -> !c.retired()).orElseThrow(() -> Rejection.invalidField("centerId",
                    "CENTER_NOT_FOUND", "No center in service " + centerId, centerId));
        }
        Set<Long> counters = new LinkedHashSet<>(form.counterIds() == null ? List.of() : form.counterIds());
        for (Long counterId : counters) {
            var counter = directory.counter(counterId).filter(k -> k.retiredAt() == null);
            if (counter.isEmpty()) {
                throw Rejection.invalidField("counterIds", "COUNTER_NOT_FOUND", "No counter " + counterId, counterId);
            }
            if (centerId == null || !counter.get().centerId().equals(centerId)) {
                throw Rejection.invalidField("counterIds", "COUNTER_OF_OTHER_CENTER", "Counter " + counterId
                        + " belongs to another center", counter.get().number());
            }
        }
        return new Checked(username, fullName, form.role(), centerId, counters);
    }

    /** The installation's accounts are the installation administrator's; a center's, its administrator's too. */
    private static void requireManages(Caller caller, @Nullable Long centerId) {
        if (centerId == null) {
            caller.requireInstallationAdmin();
        } else {
            caller.requireAdminOf(centerId);
        }
    }

    private static void requireAnotherInstallationAdmin(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM staff_user WHERE role = 'ADMIN' "
                + "AND center_id IS NULL AND enabled AND id <> ? FOR UPDATE")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    throw Rejection.conflict("LAST_ADMIN", "The last administrator of the installation stays");
                }
            }
        }
    }

    private static void setCounters(Connection c, long userId, Set<Long> counters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_counter WHERE user_id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
        if (counters.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_counter (user_id, counter_id) VALUES (?, ?)")) {
            for (Long k : counters) {
                ps.setLong(1, userId);
                ps.setLong(2, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static StaffRow saving(String username, java.util.function.Supplier<StaffRow> save) {
        try {
            return save.get();
        } catch (ConstraintViolated e) {
            if ("uq_user_username".equals(e.constraint())) {
                throw Rejection.invalidField("username", "USERNAME_TAKEN", "Username " + username + " is taken",
                        username);
            }
            throw e;
        }
    }

    private record Filter(String where, List<Object> values) {
        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            return i;
        }
    }

    private static Filter filter(Caller caller, @Nullable Long centerId, @Nullable String text) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (caller.role() != Role.ADMIN) {
            throw Rejection.forbidden("ADMIN_ONLY", "Accounts are listed for administrators");
        }
        if (caller.centerId() != null) {
            parts.add("center_id = ?");
            values.add(caller.centerId());
        }
        if (centerId != null) {
            parts.add("center_id = ?");
            values.add(centerId);
        }
        if (text != null && !text.isBlank()) {
            parts.add("(username LIKE ? OR full_name LIKE ?)");
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            values.add(like);
            values.add(like);
        }
        return new Filter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values);
    }

    private static StaffRow read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, username, full_name, role, center_id, enabled, "
                + "must_change_password FROM staff_user WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Rejection.notFound("USER_NOT_FOUND", "No account " + id, id);
                }
                return withCounters(c, List.of(row(rs, List.of()))).get(0);
            }
        }
    }

    private static StaffRow row(ResultSet rs, List<Long> counters) throws SQLException {
        Long center = vn.onedoor.platform.db.Jdbc.getLong(rs, "center_id");
        return new StaffRow(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), center, rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), counters);
    }

    private static List<StaffRow> withCounters(Connection c, List<StaffRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> byUser = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT user_id, counter_id FROM staff_counter WHERE user_id IN ("
                + String.join(",", java.util.Collections.nCopies(rows.size(), "?")) + ") ORDER BY counter_id")) {
            for (int i = 0; i < rows.size(); i++) {
                ps.setLong(i + 1, rows.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byUser.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return rows.stream().map(r -> new StaffRow(r.id(), r.username(), r.fullName(), r.role(), r.centerId(),
                r.enabled(), r.mustChangePassword(), byUser.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Map<String, Object> doc(StaffRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", r.username());
        m.put("fullName", r.fullName());
        m.put("role", r.role().name());
        m.put("centerId", r.centerId());
        m.put("enabled", r.enabled());
        m.put("counterIds", r.counterIds());
        return m;
    }
}
