package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CenterLevel;
import vn.onedoor.center.OpeningHours;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;

/**
 * Centers of an installation: the first one set up on an empty install, then more of them
 * (a province's commune centers), edited and retired. Only an installation administrator creates
 * or retires a center; a center's own administrator edits it.
 */
@Singleton
public class CenterAdmin {

    /** The group and counter a new center starts with, so its first ticket needs nothing else. */
    static final String FIRST_GROUP_PREFIX = "A";

    private final AdminWrites writes;
    private final CenterDirectory directory;
    private final java.time.Clock clock;

    CenterAdmin(AdminWrites writes, CenterDirectory directory, java.time.Clock clock) {
        this.writes = writes;
        this.directory = directory;
        this.clock = clock;
    }

    /** True on an install with no center at all: the administrator is led to the setup. */
    public boolean setupNeeded() {
        return directory.allCenters().isEmpty();
    }

    /**
     * Sets up the first center of an empty install, with one service group (A, which receives and
     * returns every procedure) and counter 1 serving it: a kiosk paired to it issues tickets at once.
     */
    public Center setUpFirst(Caller caller, CenterForm form, String firstGroupName, String firstCounterName) {
        caller.requireInstallationAdmin();
        Checked checked = check(form);
        return writes.write(caller, change -> {
            Connection c = change.connection();
            try (Statement lock = c.createStatement(); ResultSet rs = lock.executeQuery("SELECT COUNT(*) FROM center FOR UPDATE")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw Rejection.conflict("SETUP_DONE", "The install already has a center");
                }
            }
            Center center = insert(change, checked);
            long group = insertFirstGroup(c, center.id(), firstGroupName);
            long counter = insertFirstCounter(c, center.id(), firstCounterName, group);
            change.audit(center.id(), "SETUP", "center", center.id(), center.name(), null, doc(center));
            change.audit(center.id(), "CREATE", "service_group", group, FIRST_GROUP_PREFIX + " " + firstGroupName, null,
                    Map.of("prefix", FIRST_GROUP_PREFIX, "name", firstGroupName, "returnsResults", true));
            change.audit(center.id(), "CREATE", "counter", counter, "1 " + firstCounterName, null,
                    Map.of("number", 1, "name", firstCounterName, "groups", List.of(FIRST_GROUP_PREFIX)));
            return center;
        });
    }

    /** A further center, empty or, with {@code template}, a copy of another center's groups, counters and settings. */
    public Center create(Caller caller, CenterForm form, String firstGroupName, String firstCounterName,
            @Nullable Long template) {
        caller.requireInstallationAdmin();
        Checked checked = check(form);
        if (template != null) {
            directory.center(template).orElseThrow(() -> notFound(template));
        }
        return writes.write(caller, change -> {
            Center center = insert(change, checked);
            change.audit(center.id(), "CREATE", "center", center.id(), center.name(), null,
                    template == null ? doc(center) : withTemplate(doc(center), template));
            if (template != null) {
                CenterCopies.copy(change, template, center.id());
            } else {
                long group = insertFirstGroup(change.connection(), center.id(), firstGroupName);
                insertFirstCounter(change.connection(), center.id(), firstCounterName, group);
            }
            return center;
        });
    }

    public Center update(Caller caller, long centerId, CenterForm form) {
        caller.requireAdminOf(centerId);
        Center before = directory.center(centerId).orElseThrow(() -> notFound(centerId));
        Checked checked = check(form);
        return writes.write(caller, change -> {
            // code follows the unit code where it was the unit code; a center's older code (the demo's) stays
            try (PreparedStatement ps = change.connection().prepareStatement("UPDATE center SET "
                    + "code = CASE WHEN code = unit_code THEN ? ELSE code END, name = ?, unit_code = ?, level = ?, "
                    + "address = ?, time_zone = ?, opening_hours = ? WHERE id = ?")) {
                ps.setString(1, checked.unitCode);
                ps.setString(2, checked.name);
                ps.setString(3, checked.unitCode);
                ps.setString(4, checked.level.name());
                ps.setString(5, checked.address);
                ps.setString(6, checked.zone);
                ps.setString(7, checked.hours);
                ps.setLong(8, centerId);
                ps.executeUpdate();
            }
            Center after = read(change.connection(), centerId);
            change.audit(centerId, "UPDATE", "center", centerId, after.name(), doc(before), doc(after));
            return after;
        });
    }

    /**
     * Retires a center: kept with all its history, out of every list of centers in service; its
     * accounts and devices are switched off so nothing signs in to it any more.
     */
    public void retire(Caller caller, long centerId) {
        caller.requireInstallationAdmin();
        Center before = directory.center(centerId).orElseThrow(() -> notFound(centerId));
        if (before.retired()) {
            return;
        }
        writes.write(caller, change -> {
            Connection c = change.connection();
            try (PreparedStatement ps = c.prepareStatement("UPDATE center SET retired_at = ? WHERE id = ?")) {
                Jdbc.setInstant(ps, 1, clock.instant());
                ps.setLong(2, centerId);
                ps.executeUpdate();
            }
            int accounts = update(c, "UPDATE staff_user SET enabled = FALSE WHERE center_id = ? AND enabled", centerId);
            update(c, "DELETE t FROM staff_token t JOIN staff_user u ON u.id = t.user_id WHERE u.center_id = ?", centerId);
            int devices = update(c, "UPDATE device SET enabled = FALSE WHERE center_id = ? AND enabled", centerId);
            change.audit(centerId, "RETIRE", "center", centerId, before.name() + " (" + accounts + " accounts, "
                    + devices + " devices switched off)", doc(before), doc(read(c, centerId)));
            return null;
        });
    }

    /** Puts a retired center back in service; its accounts and devices stay off until switched on one by one. */
    public void restore(Caller caller, long centerId) {
        caller.requireInstallationAdmin();
        Center before = directory.center(centerId).orElseThrow(() -> notFound(centerId));
        writes.write(caller, change -> {
            update(change.connection(), "UPDATE center SET retired_at = NULL WHERE id = ?", centerId);
            change.audit(centerId, "RESTORE", "center", centerId, before.name(), doc(before),
                    doc(read(change.connection(), centerId)));
            return null;
        });
    }

    /** The centers a caller may see: all for the installation's staff, their own for a center's. */
    public List<Center> visible(Caller caller, boolean withRetired) {
        List<Center> all = withRetired ? directory.allCenters() : directory.centers();
        return all.stream().filter(c -> caller.covers(c.id())).toList();
    }

    private record Checked(String name, String unitCode, String address, CenterLevel level, String zone, String hours) {}

    static Checked check(CenterForm form) {
        String name = Inputs.required("name", form.name(), 255);
        String unit = form.unitCode() == null ? "" : form.unitCode().strip().toUpperCase(Locale.ROOT);
        if (!DossierCode.isAgencyCode(unit)) {
            throw Rejection.invalidField("unitCode", "INVALID_UNIT_CODE", "Not a unit code like 000.00.00.H39: " + unit,
                    unit);
        }
        String address = Inputs.optional("address", form.address(), 500);
        String zone = form.timeZone() == null || form.timeZone().isBlank() ? Center.DEFAULT_TIME_ZONE
                : form.timeZone().strip();
        try {
            zone = ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw Rejection.invalidField("timeZone", "INVALID_TIME_ZONE", "Not a time zone: " + zone, zone);
        }
        String hours;
        try {
            hours = OpeningHours.normalize(form.openingHours());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalidField("openingHours", "INVALID_OPENING_HOURS", e.getMessage(),
                    String.valueOf(form.openingHours()).strip());
        }
        return new Checked(name, unit, address, form.level() == null ? CenterLevel.COMMUNE : form.level(), zone, hours);
    }

    private Center insert(AdminWrites.Change change, Checked checked) throws SQLException {
        Connection c = change.connection();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO center (code, unit_code, level, name, address, "
                + "time_zone, opening_hours) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, checked.unitCode);
            ps.setString(2, checked.unitCode);
            ps.setString(3, checked.level.name());
            ps.setString(4, checked.name);
            ps.setString(5, checked.address);
            ps.setString(6, checked.zone);
            ps.setString(7, checked.hours);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return read(c, keys.getLong(1));
            }
        }
    }

    private static long insertFirstGroup(Connection c, long centerId, String name) throws SQLException {
        long group;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_group (center_id, prefix, name, sort_order, "
                + "returns_results) VALUES (?, ?, ?, 1, TRUE)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, centerId);
            ps.setString(2, FIRST_GROUP_PREFIX);
            ps.setString(3, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                group = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_group_procedure (service_group_id, "
                + "procedure_id) SELECT ?, id FROM admin_procedure WHERE retired_at IS NULL")) {
            ps.setLong(1, group);
            ps.executeUpdate();
        }
        return group;
    }

    private static long insertFirstCounter(Connection c, long centerId, String name, long group) throws SQLException {
        long counter;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO counter (center_id, number, name) VALUES (?, 1, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, centerId);
            ps.setString(2, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                counter = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO counter_service_group (counter_id, service_group_id, "
                + "weight) VALUES (?, ?, 1)")) {
            ps.setLong(1, counter);
            ps.setLong(2, group);
            ps.executeUpdate();
        }
        return counter;
    }

    static Center read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM center WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw notFound(id);
                }
                String level = rs.getString("level");
                return new Center(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code"),
                        CenterLevel.valueOf(level), rs.getString("name"), rs.getString("address"),
                        rs.getString("time_zone"), rs.getString("opening_hours"), rs.getString("ticket_format"),
                        Jdbc.getInstant(rs, "retired_at"));
            }
        }
    }

    private static int update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

    static Rejection notFound(long id) {
        return Rejection.notFound("CENTER_NOT_FOUND", "No center " + id, id);
    }

    static Map<String, Object> doc(Center c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("unitCode", c.unitCode());
        m.put("level", c.level().name());
        m.put("address", c.address());
        m.put("timeZone", c.timeZone());
        m.put("openingHours", c.openingHours());
        m.put("retired", c.retiredAt() != null);
        return m;
    }

    private static Map<String, Object> withTemplate(Map<String, Object> doc, long template) {
        Map<String, Object> m = new LinkedHashMap<>(doc);
        m.put("copiedFrom", template);
        return m;
    }
}
