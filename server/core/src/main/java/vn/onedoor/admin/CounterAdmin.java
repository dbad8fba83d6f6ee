package vn.onedoor.admin;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.Counter;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;

/**
 * Counters of a center: number, name and the groups each serves with its weight. A number is
 * used once among a center's counters in service; a counter with an open or paused session
 * cannot be removed; a removed counter is retired, so its history stays whole.
 */
@Singleton
public class CounterAdmin {

    public static final int MAX_NUMBER = 999;

    private final AdminWrites writes;
    private final CenterDirectory directory;
    private final Clock clock;

    CounterAdmin(AdminWrites writes, CenterDirectory directory, Clock clock) {
        this.writes = writes;
        this.directory = directory;
        this.clock = clock;
    }

    public List<CounterOverview> counters(Caller caller, long centerId) {
        caller.requireReaderOf(centerId);
        return directory.counters(centerId);
    }

    public Counter create(Caller caller, long centerId, CounterForm form) {
        caller.requireAdminOf(centerId);
        directory.center(centerId).filter(c -> !c.retired()).orElseThrow(() -> CenterAdmin.notFound(centerId));
        int number = number(form);
        String name = Inputs.required("name", form.name(), 255);
        List<CounterForm.Serves> serves = serves(centerId, form);
        return saving(number, () -> writes.write(caller, change -> {
            Connection c = change.connection();
            requireNumberFree(c, centerId, number, null);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO counter (center_id, number, name) VALUES (?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, centerId);
                ps.setInt(2, number);
                ps.setString(3, name);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            setServes(c, id, serves);
            Counter after = Counter.of(centerId, number, name);
            change.audit(centerId, "CREATE", "counter", id, number + " " + name, null, doc(after, serves));
            return new Counter(id, centerId, number, name, null);
        }));
    }

    public Counter update(Caller caller, long counterId, CounterForm form) {
        Counter before = counter(counterId);
        caller.requireAdminOf(before.centerId());
        int number = number(form);
        String name = Inputs.required("name", form.name(), 255);
        List<CounterForm.Serves> serves = serves(before.centerId(), form);
        List<CounterForm.Serves> servesBefore = directory.allCounters(before.centerId()).stream()
                .filter(o -> o.counter().id().equals(counterId)).flatMap(o -> o.serves().stream())
                .map(a -> new CounterForm.Serves(a.serviceGroupId(), a.weight())).toList();
        return saving(number, () -> writes.write(caller, change -> {
            Connection c = change.connection();
            requireNumberFree(c, before.centerId(), number, counterId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE counter SET number = ?, name = ? WHERE id = ?")) {
                ps.setInt(1, number);
                ps.setString(2, name);
                ps.setLong(3, counterId);
                ps.executeUpdate();
            }
            setServes(c, counterId, serves);
            Counter after = new Counter(counterId, before.centerId(), number, name, before.retiredAt());
            change.audit(before.centerId(), "UPDATE", "counter", counterId, number + " " + name,
                    doc(before, servesBefore), doc(after, serves));
            return after;
        }));
    }

    /** Removes a counter from service; refused while an officer has it open or paused. */
    public void remove(Caller caller, long counterId) {
        Counter before = counter(counterId);
        caller.requireAdminOf(before.centerId());
        writes.write(caller, change -> {
            Connection c = change.connection();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status FROM counter_session WHERE counter_id = ? FOR UPDATE")) {
                ps.setLong(1, counterId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !"CLOSED".equals(rs.getString(1))) {
                        throw Rejection.conflict("COUNTER_OPEN", "Counter " + before.number() + " is "
                                + rs.getString(1), before.number());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE counter SET retired_at = ? WHERE id = ?")) {
                Jdbc.setInstant(ps, 1, clock.instant());
                ps.setLong(2, counterId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_counter WHERE counter_id = ?")) {
                ps.setLong(1, counterId);
                ps.executeUpdate();
            }
            change.audit(before.centerId(), "REMOVE", "counter", counterId, before.number() + " " + before.name(),
                    doc(before, List.of()), null);
            return null;
        });
    }

    private Counter counter(long id) {
        return directory.counter(id).filter(c -> c.retiredAt() == null)
                .orElseThrow(() -> Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + id, id));
    }

    private static int number(CounterForm form) {
        if (form.number() == null) {
            throw Rejection.invalidField("number", "VALUE_REQUIRED", "number is required", "number");
        }
        return Inputs.range("number", form.number(), 1, MAX_NUMBER);
    }

    /** The groups a counter serves: each of this center, in service, once. */
    private List<CounterForm.Serves> serves(long centerId, CounterForm form) {
        List<CounterForm.Serves> given = form.groups() == null ? List.of() : form.groups();
        Map<Long, ServiceGroup> own = directory.serviceGroups(centerId).stream()
                .collect(Collectors.toMap(ServiceGroup::id, g -> g));
        Set<Long> seen = new java.util.HashSet<>();
        for (CounterForm.Serves s : given) {
            if (!own.containsKey(s.serviceGroupId())) {
                boolean elsewhere = directory.serviceGroup(s.serviceGroupId()).isPresent();
                throw Rejection.invalidField("groups", elsewhere ? "GROUP_OF_OTHER_CENTER" : "SERVICE_GROUP_NOT_FOUND",
                        "Group " + s.serviceGroupId() + " is not a group in service at center " + centerId,
                        s.serviceGroupId());
            }
            if (!seen.add(s.serviceGroupId())) {
                throw Rejection.invalidField("groups", "GROUP_TWICE", "Group listed twice",
                        own.get(s.serviceGroupId()).prefix());
            }
            if (s.weight() != null) {
                Inputs.range("weight", s.weight(), 1, 100);
            }
        }
        return given.stream().map(s -> new CounterForm.Serves(s.serviceGroupId(),
                s.weight() == null ? own.get(s.serviceGroupId()).weight() : s.weight())).toList();
    }

    private static void setServes(Connection c, long counterId, List<CounterForm.Serves> serves) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM counter_service_group WHERE counter_id = ?")) {
            ps.setLong(1, counterId);
            ps.executeUpdate();
        }
        if (serves.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO counter_service_group (counter_id, service_group_id, weight) VALUES (?, ?, ?)")) {
            for (CounterForm.Serves s : serves) {
                ps.setLong(1, counterId);
                ps.setLong(2, s.serviceGroupId());
                ps.setInt(3, s.weight());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void requireNumberFree(Connection c, long centerId, int number, Long self) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM counter WHERE center_id = ? AND number = ? "
                + "AND retired_at IS NULL")) {
            ps.setLong(1, centerId);
            ps.setInt(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && (self == null || rs.getLong(1) != self)) {
                    throw Rejection.invalidField("number", "COUNTER_NUMBER_TAKEN", "Counter number " + number
                            + " is taken", number, rs.getString(2));
                }
            }
        }
    }

    private static Counter saving(int number, java.util.function.Supplier<Counter> save) {
        try {
            return save.get();
        } catch (ConstraintViolated e) {
            if ("uq_counter_live_number".equals(e.constraint())) {
                throw Rejection.invalidField("number", "COUNTER_NUMBER_TAKEN", "Counter number " + number
                        + " was taken meanwhile", number, "?");
            }
            throw e;
        }
    }

    static Map<String, Object> doc(Counter c, List<CounterForm.Serves> serves) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number());
        m.put("name", c.name());
        m.put("groups", serves.stream().map(s -> s.serviceGroupId() + ":" + s.weight()).toList());
        return m;
    }
}
