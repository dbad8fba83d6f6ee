package vn.onedoor.app.api.dossier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.platform.time.ClockFactory;

/** The time zone a center's local times are in; a caller of no center writes in Vietnam's. */
@Singleton
class CenterZones {

    private final CenterDirectory directory;

    CenterZones(CenterDirectory directory) {
        this.directory = directory;
    }

    ZoneId of(@Nullable Long centerId) {
        return centerId == null ? ClockFactory.VIETNAM
                : directory.center(centerId).map(c -> ZoneId.of(c.timeZone())).orElse(ClockFactory.VIETNAM);
    }
}
