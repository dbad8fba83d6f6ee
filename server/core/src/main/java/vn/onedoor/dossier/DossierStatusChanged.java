package vn.onedoor.dossier;

import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.EventType;

/** Published after the commit of every step, for screens and notifications. */
public record DossierStatusChanged(long centerId, String code, EventType type, DossierStatus status) {}
