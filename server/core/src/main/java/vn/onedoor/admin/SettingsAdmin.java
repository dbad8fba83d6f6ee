package vn.onedoor.admin;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CenterSettings;
import vn.onedoor.center.Setting;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.rules.Rejection;

/** A center's screen settings on the settings screen and through the API, each change audited. */
@Singleton
public class SettingsAdmin {

    private final AdminWrites writes;
    private final CenterSettings settings;
    private final CenterDirectory directory;

    SettingsAdmin(AdminWrites writes, CenterSettings settings, CenterDirectory directory) {
        this.writes = writes;
        this.settings = settings;
        this.directory = directory;
    }

    /** Every setting of the center by its key, defaults included. */
    public Map<String, String> settings(Caller caller, long centerId) {
        caller.requireReaderOf(centerId);
        Map<String, String> out = new LinkedHashMap<>();
        settings.all(centerId).forEach((s, v) -> out.put(s.key(), v));
        return out;
    }

    /**
     * Changes the settings given (by key); all are checked before any is written, so a refused
     * value leaves every setting as it was.
     */
    public Map<String, String> update(Caller caller, long centerId, Map<String, String> values) {
        caller.requireAdminOf(centerId);
        directory.center(centerId).orElseThrow(() -> CenterAdmin.notFound(centerId));
        Map<Setting, String> checked = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            Setting s = Setting.byKey(key).orElseThrow(() -> Rejection.invalidField(key, "UNKNOWN_SETTING",
                    "No setting " + key, key));
            checked.put(s, s.check(value));
        });
        Map<Setting, String> before = settings.all(centerId);
        writes.write(caller, change -> {
            Map<String, Object> was = new LinkedHashMap<>();
            Map<String, Object> now = new LinkedHashMap<>();
            for (Map.Entry<Setting, String> e : checked.entrySet()) {
                settings.write(change.connection(), centerId, e.getKey(), e.getValue());
                if (!e.getValue().equals(before.get(e.getKey()))) {
                    was.put(e.getKey().key(), before.get(e.getKey()));
                    now.put(e.getKey().key(), e.getValue());
                }
            }
            change.audit(centerId, "UPDATE", "center_setting", centerId, String.join(", ", now.keySet()), was, now);
            return null;
        });
        return settings(caller, centerId);
    }
}
