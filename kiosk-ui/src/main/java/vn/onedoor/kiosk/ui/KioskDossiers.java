package vn.onedoor.kiosk.ui;

import jakarta.inject.Singleton;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.dossier.LookUpDossier;
import vn.onedoor.dossier.LookupRateLimiter;
import vn.onedoor.dossier.LookupResult;

/**
 * What the kiosk's dossier lookup needs: the lookup itself, limited per kiosk like every other
 * caller, and the group that hands results back.
 */
@Singleton
public class KioskDossiers {

    private final LookUpDossier lookUp;
    private final LookupRateLimiter limiter;
    private final CenterDirectory directory;

    public KioskDossiers(LookUpDossier lookUp, LookupRateLimiter limiter, CenterDirectory directory) {
        this.lookUp = lookUp;
        this.limiter = limiter;
        this.directory = directory;
    }

    /** A lookup's answer, or the seconds to wait when this kiosk asked too often. */
    record Attempt(LookupResult result, long retryAfterSeconds) {}

    Attempt lookUp(String typed) {
        LookupRateLimiter.Decision decision = limiter.tryAcquire(SessionCenter.caller());
        return decision.allowed() ? new Attempt(lookUp.lookUp(typed), 0) : new Attempt(null, decision.retryAfterSeconds());
    }

    Optional<ServiceGroup> returnGroup(Center center) {
        return directory.serviceGroups(center.id()).stream().filter(ServiceGroup::returnsResults).findFirst();
    }
}
