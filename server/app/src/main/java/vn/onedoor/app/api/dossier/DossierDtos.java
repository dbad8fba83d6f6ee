package vn.onedoor.app.api.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.DossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.EventType;

/** The JSON shapes of the dossier endpoints. */
final class DossierDtos {

    private DossierDtos() {}

    @Serdeable
    record ApplicantBody(@Nullable String name, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
            @Nullable String address) {
        Applicant toApplicant() {
            return new Applicant(name, idNumber, phone, email, address);
        }

        static ApplicantBody of(Applicant a) {
            return new ApplicantBody(a.name(), a.idNumber(), a.phone(), a.email(), a.address());
        }
    }

    /**
     * {@code receivedAt}: ISO with an offset ({@code 2026-11-20T08:30:00+07:00}) or without one in the
     * center's local time ({@code 2026-11-20T08:30}); absent means now.
     */
    @Serdeable
    record ReceiveBody(@NotNull Long procedureId, @NotNull ApplicantBody applicant, @Nullable Channel channel,
            @Nullable String receivedAt, @Nullable Long ticketId, @Nullable Long centerId) {}

    @Serdeable
    record ReceivedDto(String code, LocalDate receivedDate, LocalDate appointmentDate, boolean lateEntry) {}

    /**
     * A step; {@code eventId} makes a push idempotent, {@code at} (ISO, with an offset or in the
     * center's local time) enters it after the fact.
     */
    @Serdeable
    record EventBody(@NotNull EventType type, @Nullable Long agencyId, @Nullable String reason, @Nullable String at,
            @Nullable LocalDate newAppointmentDate, @Nullable String eventId) {}

    @Serdeable
    record RecordedDto(String code, String status, LocalDate promisedDate, boolean lateEntry, boolean replayed) {}

    /** A dossier pushed by an integrated system, with the code it already has. */
    @Serdeable
    record PushBody(@NotNull String code, @Nullable Long procedureId, @Nullable String procedureCode,
            @NotNull ApplicantBody applicant, @Nullable Channel channel, @NotNull String receivedAt,
            @Nullable LocalDate appointmentDate) {}

    @Serdeable
    record PushedDto(String code, LocalDate receivedDate, LocalDate appointmentDate, boolean replayed) {}

    @Serdeable
    record EventDto(EventType type, String status, @Nullable Long agencyId, @Nullable String reason,
            @Nullable LocalDate newAppointmentDate, Instant occurredAt, Instant recordedAt, boolean lateEntry, String source,
            @Nullable Long userId, @Nullable String eventId) {
        static EventDto of(DossierEvent e) {
            return new EventDto(e.type(), e.statusAfter().name(), e.agencyId(), e.reason(), e.newAppointmentDate(),
                    e.occurredAt(), e.recordedAt(), e.lateEntry(), e.source().name(), e.userId(), e.externalId());
        }
    }

    /** Staff see everything, unmasked, with the history. */
    @Serdeable
    record DetailDto(String code, long centerId, long procedureId, String procedureCode, String procedureName,
            String fieldName, String agencyName, String channel, ApplicantBody applicant, Instant receivedAt,
            LocalDate receivedDate, LocalDate appointmentDate, LocalDate promisedDate, String status,
            @Nullable Long currentAgencyId, @Nullable LocalDate resultDate, boolean lateEntry, List<EventDto> history) {
        static DetailDto of(DossierDetail d) {
            var x = d.dossier();
            return new DetailDto(x.code().value(), x.centerId(), x.procedureId(), d.procedureCode(), d.procedureName(),
                    d.fieldName(), d.agencyName(), x.channel().name(), ApplicantBody.of(x.applicant()), x.receivedAt(), x.receivedDate(),
                    x.appointmentDate(), x.promisedDate(), x.status().name(), x.currentAgencyId(), x.resultDate(),
                    x.lateEntry(), d.history().stream().map(EventDto::of).toList());
        }
    }
}
