package vn.onedoor.dossier;

import java.time.Instant;
import java.time.LocalDate;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.EventType;

/** One line of a dossier's history as recorded: what, when it happened, when and how it was entered. */
public record DossierEvent(long id, EventType type, DossierStatus statusAfter, Long agencyId, String reason,
        LocalDate newAppointmentDate, Instant occurredAt, Instant recordedAt, boolean lateEntry, Source source,
        Long userId, String externalId) {}
