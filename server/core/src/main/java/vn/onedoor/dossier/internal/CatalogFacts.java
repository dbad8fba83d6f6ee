package vn.onedoor.dossier.internal;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onedoor.catalog.Agency;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.platform.rules.Rejection;

/** What receiving needs from the catalog and the center directory, with a refusal when it is missing. */
@Singleton
public class CatalogFacts {

    private final Catalog catalog;
    private final CenterDirectory directory;
    private final Map<Long, Center> centers = new ConcurrentHashMap<>();

    CatalogFacts(Catalog catalog, CenterDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    public Center center(long centerId) {
        Center known = centers.get(centerId);
        if (known != null) {
            return known;
        }
        Center center = directory.center(centerId).orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND",
                "No center " + centerId));
        centers.put(centerId, center);
        return center;
    }

    /** A center edited by an administrator is read again. */
    @io.micronaut.runtime.event.annotation.EventListener
    void configurationChanged(vn.onedoor.center.ConfigurationChanged event) {
        centers.remove(event.centerId());
    }

    /**
     * The receiving unit whose code begins a dossier's code (TT 01/2018/TT-VPCP Điều 19): a commune
     * center's own unit code; at a provincial center, the deciding agency's code where the catalog
     * gives one in the national form, else the center's.
     */
    public String receivingUnit(Center center, Agency agency) {
        boolean agencyHasCode = agency.code() != null && vn.onedoor.dossier.model.DossierCode.isAgencyCode(agency.code());
        if (center.level() == vn.onedoor.center.CenterLevel.PROVINCIAL && agencyHasCode) {
            return agency.code();
        }
        if (center.unitCode() != null && vn.onedoor.dossier.model.DossierCode.isAgencyCode(center.unitCode())) {
            return center.unitCode();
        }
        if (agencyHasCode) {
            return agency.code();
        }
        throw Rejection.conflict("NO_UNIT_CODE", "Center " + center.id() + " has no receiving unit code",
                center.name());
    }

    public Procedure procedure(Long procedureId) {
        if (procedureId == null) {
            throw Rejection.invalid("PROCEDURE_REQUIRED", "procedureId is required");
        }
        return catalog.procedure(procedureId).orElseThrow(() -> Rejection.notFound("PROCEDURE_NOT_FOUND",
                "No procedure " + procedureId));
    }

    public Optional<Procedure> procedureByCode(String code) {
        return catalog.procedures().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Agency agency(long agencyId) {
        Agency agency = agencies().get(agencyId);
        if (agency == null) {
            throw Rejection.notFound("AGENCY_NOT_FOUND", "No agency " + agencyId);
        }
        return agency;
    }

    public Optional<Agency> agencyByCode(String code) {
        return agencies().values().stream().filter(a -> code.equals(a.code())).findFirst();
    }

    public String fieldName(long fieldId) {
        return catalog.fields().stream().filter(f -> f.id() == fieldId).map(f -> f.name()).findFirst().orElse("");
    }

    private Map<Long, Agency> agencies() {
        return catalog.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
    }
}
