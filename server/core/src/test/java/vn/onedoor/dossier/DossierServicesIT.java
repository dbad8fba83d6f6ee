package vn.onedoor.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.calendar.WorkingCalendars;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.testing.DatabaseTest;

/** Receiving, steps, imports and the code sequence on the demo center in a real MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierServicesIT implements DatabaseTest {

    private static final Applicant AN = new Applicant("Nguyễn Văn An", "079123456789", "0901234567", null, "Tân An");

    @Inject DemoCenter demo;
    @Inject Catalog catalog;
    @Inject ReceiveDossier receive;
    @Inject RecordDossierEvent record;
    @Inject ImportDossier importDossier;
    @Inject ImportDossiers importCsv;
    @Inject DossierQueries queries;
    @Inject LookUpDossier lookUp;
    @Inject WorkingCalendars calendars;
    @Inject Clock clock;
    @Inject DossierTx tx;
    @Inject DossierReceipts receipts;

    private Center center;
    /** Lý lịch tư pháp, Sở Tư pháp (000.00.03.H39), 10 working days. */
    private Procedure judicialRecord;
    /** A procedure of Sở Giao thông vận tải (000.00.09.H39): the concurrency test has that agency to itself. */
    private Procedure transport;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
        judicialRecord = catalog.procedures().stream().filter(p -> p.code().equals("2.000488")).findFirst().orElseThrow();
        transport = catalog.procedures().stream()
                .filter(p -> catalog.agencies().stream().anyMatch(a -> a.id().equals(p.agencyId()) && a.code().equals("000.00.09.H39")))
                .findFirst().orElseThrow();
    }

    private ReceiveDossier.Received receive(Procedure p, Instant at) {
        return receive.receive(new ReceiveDossier.Request(center.id(), p.id(), AN, Channel.DIRECT, at, null, Actor.officer(null)));
    }

    private RecordDossierEvent.Recorded step(String code, DossierStep step, String eventId) {
        return record.record(new RecordDossierEvent.Request(code, step, null, Actor.officer(null), eventId, null));
    }

    @Test
    void a_receipt_gets_the_agency_code_of_today_and_the_calendar_appointment() {
        var promised = receive.promise(center.id(), judicialRecord.id(), null);
        ReceiveDossier.Received r = receive(judicialRecord, null);

        assertThat(promised.appointmentDate()).as("the date told before confirming").isEqualTo(r.appointmentDate());
        assertThat(promised.receivedDate()).isEqualTo(r.receivedDate());

        LocalDate today = LocalDate.now(clock);
        DossierCode code = DossierCode.parse(r.code()).orElseThrow();
        assertThat(code.agencyCode()).isEqualTo("000.00.03.H39");
        assertThat(code.receiptDate()).isEqualTo(r.receivedDate());
        assertThat(r.appointmentDate()).isEqualTo(calendars.of(center.id())
                .appointment(LocalDateTime.now(clock), 10, Channel.DIRECT).appointmentDate());
        assertThat(r.receivedDate()).isAfterOrEqualTo(today);
        assertThat(r.lateEntry()).isFalse();
        DossierDetail detail = queries.detail(r.code(), center.id()).orElseThrow();
        assertThat(detail.history()).extracting(DossierEvent::type).containsExactly(EventType.RECEIVED);
        assertThat(detail.dossier().applicant().idNumber()).isEqualTo("079123456789");
        assertThat(queries.detail(r.code(), center.id() + 1)).as("another center's staff").isEmpty();
    }

    @Test
    void a_late_dossier_gets_an_apology_letter_with_the_reason_and_the_new_date() throws Exception {
        // received (on paper) four weeks ago: due by now
        ReceiveDossier.Received r = receive(judicialRecord, clock.instant().minus(java.time.Duration.ofDays(28)));
        assertThat(receipts.apologyPdf(r.code(), center.id(), Locale.forLanguageTag("vi"))).as("before any apology").isEmpty();
        LocalDate later = r.appointmentDate().plusDays(7);
        step(r.code(), new DossierStep(EventType.APOLOGY_ISSUED, null, "Chờ kết quả xác minh của cơ quan công an", later),
                null);

        byte[] pdf = receipts.apologyPdf(r.code(), center.id(), Locale.forLanguageTag("vi")).orElseThrow();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà " + AN.name(), r.code(),
                    "ngày " + r.appointmentDate().format(day), "Lý do: Chờ kết quả xác minh của cơ quan công an",
                    "vào ngày " + later.format(day), "xin lỗi Ông/Bà");
        }
        assertThat(receipts.apologyPdf(r.code(), center.id() + 1, Locale.forLanguageTag("vi"))).as("another center").isEmpty();
    }

    @Test
    void a_receipt_entered_after_an_outage_keeps_its_day_and_is_marked_and_audited() {
        Instant yesterdayMorning = LocalDate.now(clock).minusDays(1).atTime(9, 30).atZone(clock.getZone()).toInstant();
        ReceiveDossier.Received r = receive(judicialRecord, yesterdayMorning);

        LocalDate receivedDate = calendars.of(center.id()).receivedDate(LocalDateTime.ofInstant(yesterdayMorning,
                clock.getZone()), Channel.DIRECT);
        assertThat(r.lateEntry()).isTrue();
        assertThat(r.code()).contains(receivedDate.format(java.time.format.DateTimeFormatter.ofPattern("-yyMMdd-")));
        DossierEvent received = queries.detail(r.code(), null).orElseThrow().history().get(0);
        assertThat(received.lateEntry()).isTrue();
        assertThat(received.occurredAt()).isEqualTo(yesterdayMorning);
        assertThat(Duration.between(received.occurredAt(), received.recordedAt())).isGreaterThan(Duration.ofHours(12));
    }

    @Test
    void an_inter_agency_dossier_goes_through_its_steps_and_a_repeated_push_changes_nothing() {
        String code = receive(judicialRecord, null).code();
        long agencyA = judicialRecord.agencyId();
        long agencyB = transport.agencyId();

        step(code, new DossierStep(EventType.PROCESSING, agencyA, null, null), "ev-1");
        step(code, new DossierStep(EventType.PROCESSING, agencyB, null, null), "ev-2");
        RecordDossierEvent.Recorded again = step(code, new DossierStep(EventType.PROCESSING, agencyB, null, null), "ev-2");
        RecordDossierEvent.Recorded ready = step(code, DossierStep.of(EventType.RESULT_READY), "ev-3");

        assertThat(again.replayed()).isTrue();
        assertThat(ready.status()).isEqualTo(DossierStatus.RESULT_READY);
        DossierDetail detail = queries.detail(code, null).orElseThrow();
        assertThat(detail.history()).extracting(DossierEvent::type).containsExactly(EventType.RECEIVED,
                EventType.PROCESSING, EventType.PROCESSING, EventType.RESULT_READY);
        assertThat(detail.history()).extracting(DossierEvent::agencyId).containsSubsequence(agencyA, agencyB);
        assertThat(detail.dossier().resultDate()).isEqualTo(LocalDate.now(clock));
        assertThatThrownBy(() -> step(code, DossierStep.of(EventType.WITHDRAWN), null))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("STEP_NOT_ALLOWED"));
        LookupResult.Found found = (LookupResult.Found) lookUp.lookUp("https://x.vn/hs/" + code);
        assertThat(found.dossier().nextStep()).isEqualTo(NextStep.COLLECT_RESULT);
        assertThat(found.dossier().applicantName()).isEqualTo("N***** V** A*");
    }

    @Test
    void an_imported_code_is_idempotent_and_takes_its_number_out_of_our_sequence() {
        // a working day: a receipt of a Saturday counts on the Monday, whose sequence the import did not touch
        LocalDate day = LocalDate.now(clock).minusDays(3);
        while (!calendars.of(center.id()).isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        String code = new DossierCode("000.00.05.H39", day, 500).value();
        Procedure land = catalog.procedures().stream().filter(p -> p.agencyId().equals(
                catalog.agencies().stream().filter(a -> a.code().equals("000.00.05.H39")).findFirst().orElseThrow().id()))
                .findFirst().orElseThrow();
        Instant at = day.atTime(10, 0).atZone(clock.getZone()).toInstant();
        ImportDossier.Request push = new ImportDossier.Request(center.id(), code, null, land.code(), AN, Channel.ONLINE, at,
                day.plusDays(20), Actor.integration(1));

        ImportDossier.Imported first = importDossier.importDossier(push);
        ImportDossier.Imported second = importDossier.importDossier(push);
        ReceiveDossier.Received ours = receive(land, at);

        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.appointmentDate()).isEqualTo(day.plusDays(20));
        assertThat(DossierCode.parse(ours.code()).orElseThrow().sequence()).isEqualTo(501);
    }

    @Test
    void a_csv_import_reports_each_bad_line_and_imports_the_rest_once() {
        String csv = """
                code,procedure_code,applicant_name,id_number,phone,channel,received_at,appointment_date
                000.00.03.H39-260302-0001,2.000488,Trần Thị Bình,079200000001,0907000001,DIRECT,2026-03-02T08:00,2026-03-16
                000.00.03.H39-260302-0002,2.000488,"Lê Văn Cường, đại diện",079200000002,,ONLINE,2026-03-02T18:30,
                not-a-code,2.000488,Phạm Dũng,079200000003,,DIRECT,2026-03-02T09:00,
                000.00.03.H39-260302-0004,9.999999,Hồ Thị Em,079200000004,,DIRECT,2026-03-02T09:00,
                000.00.03.H39-260302-0005,2.000488,Võ Văn Phúc,079200000005,,FAX,2026-03-02T09:00,
                000.00.03.H39-260302-0006,2.000488,Đỗ Thị Giang,079200000006,,DIRECT,02/03/2026,
                """;
        List<ImportDossiers.Progress> seen = new ArrayList<>();

        ImportDossiers.Progress first = importCsv.run(center.id(), new StringReader(csv), Actor.officer(null), seen::add);
        ImportDossiers.Progress second = importCsv.run(center.id(), new StringReader(csv), Actor.officer(null), p -> {});

        assertThat(first.lines()).isEqualTo(6);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.errors()).extracting(ImportDossiers.LineError::line).containsExactly(4, 5, 6, 7);
        assertThat(first.errors()).extracting(e -> e.message().split(":")[0])
                .containsExactly("MALFORMED_DOSSIER_CODE", "PROCEDURE_NOT_FOUND", "INVALID_CHANNEL", "INVALID_RECEIVED_AT");
        assertThat(seen).last().matches(ImportDossiers.Progress::finished);
        assertThat(second.imported()).isZero();
        assertThat(second.skipped()).isEqualTo(2);
        DossierDetail cuong = queries.detail("000.00.03.H39-260302-0002", null).orElseThrow();
        assertThat(cuong.dossier().applicant().name()).isEqualTo("Lê Văn Cường, đại diện");
    }

    @Test
    void eight_officers_receiving_at_once_get_unique_contiguous_numbers() throws Exception {
        int threads = 8;
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    codes.add(receive(transport, null).code());
                }
                return codes;
            }));
        }
        List<String> codes = new ArrayList<>();
        for (Future<List<String>> f : results) {
            codes.addAll(f.get());
        }
        pool.shutdown();

        assertThat(codes).hasSize(threads * each).doesNotHaveDuplicates();
        List<Integer> numbers = codes.stream().map(c -> DossierCode.parse(c).orElseThrow().sequence()).sorted().toList();
        assertThat(numbers.get(0)).isEqualTo(1);
        assertThat(numbers.get(numbers.size() - 1)).isEqualTo(threads * each);
    }
}
