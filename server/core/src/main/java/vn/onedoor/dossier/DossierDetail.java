package vn.onedoor.dossier;

import java.util.List;
import vn.onedoor.dossier.model.Dossier;

/** A dossier as staff see it: everything, with the catalog's names and the whole history. */
public record DossierDetail(Dossier dossier, String centerName, String procedureCode, String procedureName,
        String fieldName, String agencyName, int processingDays, List<String> requiredDocuments,
        List<DossierEvent> history) {}
