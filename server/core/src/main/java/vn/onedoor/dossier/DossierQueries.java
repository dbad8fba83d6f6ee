package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.util.Optional;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierSql;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.dossier.model.DossierStatus;

/** Staff reads of one dossier, unmasked; {@code centerId} non-null keeps them to that center. */
@Singleton
public class DossierQueries {

    private final DossierTx tx;
    private final CatalogFacts facts;

    DossierQueries(DossierTx tx, CatalogFacts facts) {
        this.tx = tx;
        this.facts = facts;
    }

    public Optional<DossierDetail> detail(String code, Long centerId) {
        Optional<DossierCode> parsed = DossierCode.find(code);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return tx.read((c, events) -> {
            var found = DossierSql.find(c, parsed.get().value(), false)
                    .filter(d -> centerId == null || d.centerId() == centerId);
            if (found.isEmpty()) {
                return Optional.<DossierDetail>empty();
            }
            var d = found.get();
            Procedure p = facts.procedure(d.procedureId());
            String field = facts.fieldName(d.fieldId());
            return Optional.of(new DossierDetail(d, facts.center(d.centerId()).name(), p.code(), p.name(), field,
                    facts.agency(d.agencyId()).name(), p.processingDays(), p.requiredDocumentList(),
                    DossierSql.events(c, d.id())));
        });
    }

    /** Where a dossier of this center stands, read alone (the kiosk's rating door asks before a vote). */
    public Optional<DossierStatus> statusAt(String code, long centerId) {
        Optional<DossierCode> parsed = DossierCode.find(code);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return tx.read((c, events) -> DossierSql.find(c, parsed.get().value(), false)
                .filter(d -> d.centerId() == centerId).map(d -> d.status()));
    }
}
