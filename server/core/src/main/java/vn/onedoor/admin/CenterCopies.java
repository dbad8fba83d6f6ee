package vn.onedoor.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A new center as a copy of another's layout: its service groups (with the procedures each
 * covers), counters (with the groups each serves), screen settings, rating scale and alert
 * thresholds. Nothing of the other center's people, devices, tickets or dossiers.
 */
final class CenterCopies {

    private CenterCopies() {}

    static void copy(AdminWrites.Change change, long from, long to) throws SQLException {
        Connection c = change.connection();
        run(c, """
                INSERT INTO service_group (center_id, prefix, name, name_en, sort_order, returns_results, weight,
                    max_wait_minutes, opening_hours, daily_quota, quota_message)
                SELECT ?, prefix, name, name_en, sort_order, returns_results, weight, max_wait_minutes, opening_hours,
                    daily_quota, quota_message FROM service_group WHERE center_id = ? AND retired_at IS NULL""", to, from);
        run(c, """
                INSERT INTO service_group_procedure (service_group_id, procedure_id)
                SELECT n.id, sgp.procedure_id FROM service_group_procedure sgp
                JOIN service_group o ON o.id = sgp.service_group_id AND o.center_id = ? AND o.retired_at IS NULL
                JOIN service_group n ON n.center_id = ? AND n.prefix = o.prefix""", from, to);
        run(c, """
                INSERT INTO counter (center_id, number, name)
                SELECT ?, number, name FROM counter WHERE center_id = ? AND retired_at IS NULL""", to, from);
        run(c, """
                INSERT INTO counter_service_group (counter_id, service_group_id, weight)
                SELECT nc.id, ng.id, csg.weight FROM counter_service_group csg
                JOIN counter oc ON oc.id = csg.counter_id AND oc.center_id = ? AND oc.retired_at IS NULL
                JOIN service_group og ON og.id = csg.service_group_id AND og.retired_at IS NULL
                JOIN counter nc ON nc.center_id = ? AND nc.number = oc.number AND nc.retired_at IS NULL
                JOIN service_group ng ON ng.center_id = nc.center_id AND ng.prefix = og.prefix""", from, to);
        run(c, "INSERT INTO center_setting (center_id, name, value) SELECT ?, name, value FROM center_setting "
                + "WHERE center_id = ?", to, from);
        run(c, "INSERT INTO rating_level (center_id, score, label_vi, label_en, satisfied) SELECT ?, score, label_vi, "
                + "label_en, satisfied FROM rating_level WHERE center_id = ?", to, from);
        run(c, "INSERT INTO rating_criterion (center_id, code, label_vi, label_en, sort_order) SELECT ?, code, label_vi, "
                + "label_en, sort_order FROM rating_criterion WHERE center_id = ?", to, from);
        run(c, "INSERT INTO queue_alert_threshold (center_id, max_waiting, max_wait_minutes) SELECT ?, max_waiting, "
                + "max_wait_minutes FROM queue_alert_threshold WHERE center_id = ?", to, from);
        run(c, "INSERT INTO center_outcome (center_id, code, name) SELECT ?, code, name FROM center_outcome "
                + "WHERE center_id = ?", to, from);
    }

    private static void run(Connection c, String sql, long first, long second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, first);
            ps.setLong(2, second);
            ps.executeUpdate();
        }
    }
}
