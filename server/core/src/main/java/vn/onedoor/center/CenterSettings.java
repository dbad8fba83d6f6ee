package vn.onedoor.center;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.onedoor.platform.db.DatabaseErrors;

/**
 * A center's screen settings ({@link Setting}), read often by boards and kiosks: kept in memory
 * per center and read again after a change made through {@link #write}.
 */
@Singleton
public class CenterSettings {

    private final TransactionOperations<Connection> transactions;
    private final Map<Long, Map<Setting, String>> cache = new ConcurrentHashMap<>();

    CenterSettings(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public String get(long centerId, Setting setting) {
        return all(centerId).get(setting);
    }

    public boolean flag(long centerId, Setting setting) {
        return Boolean.parseBoolean(get(centerId, setting));
    }

    public int number(long centerId, Setting setting) {
        return Integer.parseInt(get(centerId, setting));
    }

    public List<String> list(long centerId, Setting setting) {
        return List.of(get(centerId, setting).split(","));
    }

    /** Every setting of a center, defaults where none is stored. */
    public Map<Setting, String> all(long centerId) {
        return cache.computeIfAbsent(centerId, this::load);
    }

    private Map<Setting, String> load(long centerId) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            values.put(s, s.defaultValue());
        }
        transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection()
                    .prepareStatement("SELECT name, value FROM center_setting WHERE center_id = ?")) {
                ps.setLong(1, centerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        String value = rs.getString(2);
                        Setting.byKey(name).ifPresent(s -> values.put(s, value));
                    }
                }
                return null;
            } catch (SQLException e) {
                throw DatabaseErrors.translate(e);
            }
        });
        return Map.copyOf(values);
    }

    /**
     * Stores a checked value on the caller's connection (administration writes its audit line in
     * the same transaction); call {@link #forget} after the commit.
     */
    public void write(Connection c, long centerId, Setting setting, String checkedValue) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO center_setting (center_id, name, value) "
                + "VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)")) {
            ps.setLong(1, centerId);
            ps.setString(2, setting.key());
            ps.setString(3, checkedValue);
            ps.executeUpdate();
        }
    }

    /** Drops the cached settings of a center, to be read again. */
    public void forget(long centerId) {
        cache.remove(centerId);
    }

    @io.micronaut.runtime.event.annotation.EventListener
    void configurationChanged(ConfigurationChanged event) {
        forget(event.centerId());
    }
}
