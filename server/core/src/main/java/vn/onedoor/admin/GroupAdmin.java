package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.OpeningHours;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.TicketHandling;

/**
 * Service groups of a center: created, edited, retired (their waiting tickets moved to a group
 * the administrator names) and restored. A prefix letter belongs to one group of a center, a
 * retired one included, so a ticket number never means two queues.
 */
@Singleton
public class GroupAdmin {

    private final AdminWrites writes;
    private final CenterDirectory directory;
    private final TicketHandling tickets;
    private final Clock clock;

    GroupAdmin(AdminWrites writes, CenterDirectory directory, TicketHandling tickets, Clock clock) {
        this.writes = writes;
        this.directory = directory;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** A group with the procedures it covers, for the form. */
    public record GroupDetail(ServiceGroup group, List<Long> procedureIds, int waiting) {}

    public List<ServiceGroup> groups(Caller caller, long centerId, boolean withRetired) {
        caller.requireReaderOf(centerId);
        return withRetired ? directory.allServiceGroups(centerId) : directory.serviceGroups(centerId);
    }

    public GroupDetail detail(Caller caller, long groupId) {
        ServiceGroup g = group(groupId);
        caller.requireReaderOf(g.centerId());
        return new GroupDetail(g, writes.read(c -> procedures(c, groupId)), tickets.waitingIn(g.centerId(), groupId));
    }

    public ServiceGroup create(Caller caller, long centerId, GroupForm form) {
        caller.requireAdminOf(centerId);
        directory.center(centerId).filter(c -> !c.retired()).orElseThrow(() -> CenterAdmin.notFound(centerId));
        Checked checked = check(form);
        return saving(checked.prefix, centerId, () -> writes.write(caller, change -> {
            Connection c = change.connection();
            requirePrefixFree(c, centerId, checked.prefix, null);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_group (center_id, prefix, name, name_en, "
                    + "sort_order, returns_results, weight, max_wait_minutes, opening_hours, daily_quota, quota_message) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, centerId);
                bind(ps, 2, checked, sortOrder(c, centerId, form.sortOrder()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            setProcedures(c, id, checked.procedures);
            ServiceGroup after = read(c, id);
            change.audit(centerId, "CREATE", "service_group", id, after.prefix() + " " + after.name(), null,
                    doc(after, checked.procedures));
            return after;
        }));
    }

    public ServiceGroup update(Caller caller, long groupId, GroupForm form) {
        ServiceGroup before = group(groupId);
        caller.requireAdminOf(before.centerId());
        Checked checked = check(form);
        return saving(checked.prefix, before.centerId(), () -> writes.write(caller, change -> {
            Connection c = change.connection();
            requirePrefixFree(c, before.centerId(), checked.prefix, groupId);
            List<Long> proceduresBefore = procedures(c, groupId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE service_group SET prefix = ?, name = ?, name_en = ?, "
                    + "sort_order = ?, returns_results = ?, weight = ?, max_wait_minutes = ?, opening_hours = ?, "
                    + "daily_quota = ?, quota_message = ? WHERE id = ?")) {
                bind(ps, 1, checked, form.sortOrder() == null ? before.sortOrder() : form.sortOrder());
                ps.setLong(11, groupId);
                ps.executeUpdate();
            }
            setProcedures(c, groupId, checked.procedures);
            ServiceGroup after = read(c, groupId);
            change.audit(before.centerId(), "UPDATE", "service_group", groupId, after.prefix() + " " + after.name(),
                    doc(before, proceduresBefore), doc(after, checked.procedures));
            return after;
        }));
    }

    /**
     * Retires a group: no more tickets are issued for it and counters stop calling from it. Its
     * waiting tickets go to {@code moveTo}, places and numbers kept; with tickets waiting and no
     * {@code moveTo} the group stays and the answer says how many wait.
     */
    public int retire(Caller caller, long groupId, @Nullable Long moveTo) {
        ServiceGroup before = group(groupId);
        caller.requireAdminOf(before.centerId());
        if (before.retired()) {
            return 0;
        }
        int waiting = tickets.waitingIn(before.centerId(), groupId);
        if (moveTo == null && waiting > 0) {
            throw Rejection.conflict("GROUP_HAS_WAITING", waiting + " tickets wait in group " + before.prefix(),
                    before.prefix(), waiting);
        }
        if (moveTo != null) {
            if (moveTo == groupId || directory.serviceGroups(before.centerId()).stream()
                    .noneMatch(g -> g.id().equals(moveTo))) {
                throw Rejection.invalidField("moveTo", "MOVE_TARGET_INVALID", "Group " + moveTo
                        + " is not another group in service at this center");
            }
        }
        if (directory.serviceGroups(before.centerId()).size() <= 1) {
            throw Rejection.conflict("LAST_GROUP", "A center keeps at least one group in service");
        }
        writes.write(caller, change -> {
            try (PreparedStatement ps = change.connection().prepareStatement(
                    "UPDATE service_group SET retired_at = ? WHERE id = ? AND retired_at IS NULL")) {
                Jdbc.setInstant(ps, 1, clock.instant());
                ps.setLong(2, groupId);
                ps.executeUpdate();
            }
            change.audit(before.centerId(), "RETIRE", "service_group", groupId, before.prefix() + " " + before.name()
                    + (moveTo == null ? "" : " → group " + moveTo), doc(before, List.of()), Map.of("retired", true,
                    "waitingMovedTo", moveTo == null ? "" : moveTo));
            return null;
        });
        // the group issues nothing from now on (caches dropped at the commit); tickets issued a moment
        // before are moved too
        int moved = 0;
        if (moveTo != null) {
            for (int round = 0; round < 3; round++) {
                int n = tickets.moveWaiting(before.centerId(), groupId, moveTo, caller.userId());
                moved += n;
                if (n == 0) {
                    break;
                }
            }
        }
        return moved;
    }

    public void restore(Caller caller, long groupId) {
        ServiceGroup before = group(groupId);
        caller.requireAdminOf(before.centerId());
        writes.write(caller, change -> {
            try (PreparedStatement ps = change.connection().prepareStatement(
                    "UPDATE service_group SET retired_at = NULL WHERE id = ?")) {
                ps.setLong(1, groupId);
                ps.executeUpdate();
            }
            change.audit(before.centerId(), "RESTORE", "service_group", groupId, before.prefix() + " " + before.name(),
                    Map.of("retired", true), Map.of("retired", false));
            return null;
        });
    }

    private ServiceGroup group(long groupId) {
        return directory.serviceGroup(groupId).orElseThrow(() -> Rejection.notFound("SERVICE_GROUP_NOT_FOUND",
                "No service group " + groupId, groupId));
    }

    private record Checked(String prefix, String name, String nameEn, Set<Long> procedures, int weight,
            Integer maxWait, String hours, Integer quota, String quotaMessage, boolean returnsResults) {}

    static Checked check(GroupForm f) {
        String prefix = f.prefix() == null ? "" : f.prefix().strip().toUpperCase(Locale.ROOT);
        if (!prefix.matches("[A-Z]")) {
            throw Rejection.invalidField("prefix", "INVALID_PREFIX", "A prefix is one letter A-Z: " + prefix, prefix);
        }
        String hours;
        try {
            hours = OpeningHours.normalize(f.openingHours());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalidField("openingHours", "INVALID_OPENING_HOURS", e.getMessage(),
                    String.valueOf(f.openingHours()).strip());
        }
        return new Checked(prefix, Inputs.required("name", f.name(), 255), Inputs.optional("nameEn", f.nameEn(), 255),
                new LinkedHashSet<>(f.procedureIds() == null ? List.of() : f.procedureIds()),
                f.weight() == null ? 1 : Inputs.range("weight", f.weight(), 1, 100),
                Inputs.optionalRange("maxWaitMinutes", f.maxWaitMinutes(), 1, 600), hours,
                Inputs.optionalRange("dailyQuota", f.dailyQuota(), 1, 9999),
                Inputs.optional("quotaMessage", f.quotaMessage(), 255), Boolean.TRUE.equals(f.returnsResults()));
    }

    private static void bind(PreparedStatement ps, int from, Checked c, int sortOrder) throws SQLException {
        int i = from;
        ps.setString(i++, c.prefix);
        ps.setString(i++, c.name);
        ps.setString(i++, c.nameEn);
        ps.setInt(i++, sortOrder);
        ps.setBoolean(i++, c.returnsResults);
        ps.setInt(i++, c.weight);
        ps.setObject(i++, c.maxWait);
        ps.setString(i++, c.hours);
        ps.setObject(i++, c.quota);
        ps.setString(i, c.quotaMessage);
    }

    private static int sortOrder(Connection c, long centerId, @Nullable Integer given) throws SQLException {
        if (given != null) {
            return given;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM service_group WHERE center_id = ?")) {
            ps.setLong(1, centerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A prefix taken by another group of the center (retired or not) is refused, naming that group. */
    private static void requirePrefixFree(Connection c, long centerId, String prefix, @Nullable Long self)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, retired_at FROM service_group "
                + "WHERE center_id = ? AND prefix = ?")) {
            ps.setLong(1, centerId);
            ps.setString(2, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && (self == null || rs.getLong(1) != self)) {
                    throw Rejection.invalidField("prefix", rs.getObject(3) == null ? "PREFIX_TAKEN" : "PREFIX_RETIRED",
                            "Prefix " + prefix + " belongs to group " + rs.getLong(1), prefix, rs.getString(2));
                }
            }
        }
    }

    /** A race on the prefix's unique key ends as the same refusal as the check before it. */
    private static ServiceGroup saving(String prefix, long centerId, java.util.function.Supplier<ServiceGroup> save) {
        try {
            return save.get();
        } catch (ConstraintViolated e) {
            if ("uq_group_prefix".equals(e.constraint())) {
                throw Rejection.invalidField("prefix", "PREFIX_TAKEN", "Prefix " + prefix + " was taken meanwhile",
                        prefix, "?");
            }
            throw e;
        }
    }

    private static void setProcedures(Connection c, long groupId, Set<Long> procedures) throws SQLException {
        if (!procedures.isEmpty()) {
            List<Long> unknown = new ArrayList<>(procedures);
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM admin_procedure WHERE retired_at IS NULL AND id IN ("
                    + String.join(",", java.util.Collections.nCopies(procedures.size(), "?")) + ")")) {
                int i = 1;
                for (Long p : procedures) {
                    ps.setLong(i++, p);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unknown.remove(Long.valueOf(rs.getLong(1)));
                    }
                }
            }
            if (!unknown.isEmpty()) {
                throw Rejection.invalidField("procedureIds", "PROCEDURE_NOT_FOUND", "No procedure in service: " + unknown,
                        unknown.get(0));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM service_group_procedure WHERE service_group_id = ?")) {
            ps.setLong(1, groupId);
            ps.executeUpdate();
        }
        if (procedures.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO service_group_procedure (service_group_id, procedure_id) VALUES (?, ?)")) {
            for (Long p : procedures) {
                ps.setLong(1, groupId);
                ps.setLong(2, p);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<Long> procedures(Connection c, long groupId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT procedure_id FROM service_group_procedure WHERE service_group_id = ? ORDER BY procedure_id")) {
            ps.setLong(1, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    static ServiceGroup read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM service_group WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ServiceGroup(rs.getLong("id"), rs.getLong("center_id"), rs.getString("prefix"),
                        rs.getString("name"), rs.getString("name_en"), rs.getInt("sort_order"),
                        rs.getBoolean("returns_results"), rs.getInt("weight"), (Integer) rs.getObject("max_wait_minutes",
                        Integer.class), rs.getString("opening_hours"), rs.getObject("daily_quota", Integer.class),
                        rs.getString("quota_message"), Jdbc.getInstant(rs, "retired_at"));
            }
        }
    }

    static Map<String, Object> doc(ServiceGroup g, java.util.Collection<Long> procedures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prefix", g.prefix());
        m.put("name", g.name());
        m.put("nameEn", g.nameEn());
        m.put("returnsResults", g.returnsResults());
        m.put("weight", g.weight());
        m.put("maxWaitMinutes", g.maxWaitMinutes());
        m.put("openingHours", g.openingHours());
        m.put("dailyQuota", g.dailyQuota());
        m.put("quotaMessage", g.quotaMessage());
        m.put("procedures", procedures.size());
        m.put("retired", g.retiredAt() != null);
        return m;
    }
}
