package vn.onedoor.app.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;

/** The dossier API over real HTTP on a real MariaDB holding the demo center. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class DossierApiIT implements DemoServerTest {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject Catalog catalog;
    @Inject DeviceRegistry devices;

    private String officer;
    private String admin;
    private long judicialRecord;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(DemoServerTest.super.getProperties());
        p.put("onedoor.lookup.burst", "30");
        p.put("onedoor.lookup.per-minute", "6");
        return p;
    }

    @BeforeAll
    void signIn() {
        officer = login("officer1");
        admin = login("admin");
        judicialRecord = catalog.procedures().stream().filter(p -> p.code().equals("2.000488")).findFirst().orElseThrow().id();
    }

    private String login(String user) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", user, "password", "demo")), OBJECT).get("access_token");
    }

    record Answer(int status, String body, HttpResponse<?> response) {}

    private Answer call(HttpRequest<?> request) {
        try {
            HttpResponse<String> r = http.toBlocking().exchange(request, String.class);
            return new Answer(r.getStatus().getCode(), r.getBody().orElse(""), r);
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""), e.getResponse());
        }
    }

    private Map<String, Object> json(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, OBJECT);
    }

    private String receiveOne(String name) {
        Map<String, Object> body = Map.of("procedureId", judicialRecord, "channel", "DIRECT", "applicant",
                Map.of("name", name, "idNumber", "079185001234", "phone", "0901234567"));
        HttpResponse<Map<String, Object>> r = http.toBlocking().exchange(HttpRequest.POST("/api/v1/dossiers", body)
                .bearerAuth(officer), OBJECT);
        assertThat(r.getStatus().getCode()).isEqualTo(201);
        return (String) r.body().get("code");
    }

    @Test
    @Order(1)
    void the_catalog_lists_procedures_with_field_agency_and_processing_days_without_signing_in() {
        List<Map<String, Object>> procedures = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/procedures"),
                Argument.listOf(OBJECT));

        assertThat(procedures).isNotEmpty();
        assertThat(procedures).filteredOn(p -> "2.000488".equals(p.get("code"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("processingDays", 10).containsEntry("agencyCode", "000.00.03.H39")
                        .containsEntry("fieldName", "Lý lịch tư pháp").containsKeys("id", "fieldId", "agencyId", "name"));
    }

    @Test
    @Order(2)
    void an_officer_receives_a_dossier_and_prints_a_receipt_whose_qr_opens_the_lookup_page() throws Exception {
        Map<String, Object> body = Map.of("procedureId", judicialRecord, "channel", "DIRECT",
                "applicant", Map.of("name", "Nguyễn Thị Ánh Tuyết", "idNumber", "079185001234", "address", "Tân An"));
        HttpResponse<Map<String, Object>> created = http.toBlocking().exchange(HttpRequest.POST("/api/v1/dossiers", body)
                .bearerAuth(officer), OBJECT);
        String code = (String) created.body().get("code");

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(code).matches("000\\.00\\.03\\.H39-\\d{6}-\\d{4}");
        assertThat(created.body()).containsKeys("appointmentDate", "receivedDate").containsEntry("lateEntry", false);

        HttpResponse<byte[]> pdf = http.toBlocking().exchange(HttpRequest.GET("/api/v1/dossiers/" + code + "/receipt.pdf")
                .bearerAuth(officer), byte[].class);
        assertThat(pdf.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết", code);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            String link = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(link).endsWith("/hs/" + code).startsWith("http://");
            String page2 = call(HttpRequest.GET(link.replaceFirst("^http://[^/]+", ""))).body();
            assertThat(page2).contains("N***** T** Á** T****", "*********234", "Lý lịch tư pháp", "Đã tiếp nhận")
                    .doesNotContain("Ánh Tuyết", "079185001234");
        }
        assertThat(call(HttpRequest.GET("/api/v1/dossiers/" + code + "/receipt.pdf")).status()).isEqualTo(401);

        Answer none = call(HttpRequest.GET("/api/v1/dossiers/" + code + "/apology.pdf").bearerAuth(officer));
        assertThat(none.status()).as("no apology yet").isEqualTo(404);
        assertThat(none.body()).contains("NO_APOLOGY");
        Answer unknown = call(HttpRequest.GET("/api/v1/dossiers/" + code.substring(0, code.length() - 4) + "9999"
                + "/receipt.pdf").bearerAuth(officer));
        assertThat(unknown.status()).as("an unknown dossier's receipt").isEqualTo(404);
        assertThat(unknown.body()).contains("DOSSIER_NOT_FOUND");
        String newDate = LocalDate.parse((String) created.body().get("appointmentDate")).plusDays(5).toString();
        Answer early = call(HttpRequest.POST("/api/v1/dossiers/" + code + "/events", Map.of("type", "APOLOGY_ISSUED",
                "reason", "Chờ xác minh", "newAppointmentDate", newDate)).bearerAuth(officer));
        assertThat(early.status()).as("an apology for a dossier not yet due").isEqualTo(409);
        assertThat(early.body()).contains("APOLOGY_TOO_EARLY");
        // a dossier received on paper four weeks ago, entered now in the center's local time: due by now
        String fourWeeksAgo = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(28)
                .withNano(0).toString();
        HttpResponse<Map<String, Object>> old = http.toBlocking().exchange(HttpRequest.POST("/api/v1/dossiers",
                Map.of("procedureId", judicialRecord, "channel", "DIRECT", "receivedAt", fourWeeksAgo, "applicant",
                        Map.of("name", "Nguyễn Thị Ánh Tuyết", "idNumber", "079185001234"))).bearerAuth(officer), OBJECT);
        assertThat(old.body()).containsEntry("lateEntry", true);
        String oldCode = (String) old.body().get("code");
        newDate = LocalDate.parse((String) old.body().get("appointmentDate")).plusDays(30).toString();
        assertThat(call(HttpRequest.POST("/api/v1/dossiers/" + oldCode + "/events", Map.of("type", "APOLOGY_ISSUED",
                "reason", "Chờ xác minh", "newAppointmentDate", newDate)).bearerAuth(officer)).status()).isEqualTo(201);
        HttpResponse<byte[]> apology = http.toBlocking().exchange(HttpRequest.GET("/api/v1/dossiers/" + oldCode
                + "/apology.pdf").bearerAuth(officer), byte[].class);
        try (PDDocument doc = Loader.loadPDF(apology.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(
                    "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Nguyễn Thị Ánh Tuyết", "Lý do: Chờ xác minh",
                    LocalDate.parse(newDate).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    @Test
    @Order(3)
    void a_receipt_dated_yesterday_is_a_late_entry_and_the_future_is_refused() {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        Map<String, Object> late = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/dossiers", Map.of("procedureId",
                judicialRecord, "applicant", Map.of("name", "Trần Văn Bé", "idNumber", "079185009999"), "receivedAt",
                yesterday.toString())).bearerAuth(officer), OBJECT);
        assertThat(late).containsEntry("lateEntry", true);

        Answer future = call(HttpRequest.POST("/api/v1/dossiers", Map.of("procedureId", judicialRecord, "applicant",
                Map.of("name", "Trần Văn Bé", "idNumber", "079185009999"), "receivedAt",
                Instant.now().plus(1, ChronoUnit.DAYS).toString())).bearerAuth(officer));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("INVALID_TIME_IN_FUTURE");
        Answer noName = call(HttpRequest.POST("/api/v1/dossiers", Map.of("procedureId", judicialRecord, "applicant",
                Map.of("idNumber", "079185009999"))).bearerAuth(officer));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("INVALID_APPLICANT_NAME");
    }

    @Test
    @Order(4)
    void an_integrated_system_pushes_a_dossier_and_its_steps_idempotently_with_its_api_key() {
        Map<String, Object> key = json(HttpRequest.POST("/api/v1/integration/keys", Map.of("name", "iGate Long An",
                "centerId", 1)).bearerAuth(admin));
        String apiKey = (String) key.get("key");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2);
        String code = "000.00.03.H39-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-7001";
        Map<String, Object> push = Map.of("code", code, "procedureCode", "2.000488", "channel", "ONLINE",
                "receivedAt", day.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant().toString(),
                "applicant", Map.of("name", "Phạm Thị Cúc", "idNumber", "080190001111"));

        Answer first = call(HttpRequest.POST("/api/v1/integration/dossiers", push).header("X-Api-Key", apiKey));
        Answer again = call(HttpRequest.POST("/api/v1/integration/dossiers", push).header("X-Api-Key", apiKey));
        Answer wrongKey = call(HttpRequest.POST("/api/v1/integration/dossiers", push).header("X-Api-Key", "odk_nope"));
        Map<String, Object> step = Map.of("type", "RESULT_READY", "eventId", "igate-ev-42");
        Answer ready = call(HttpRequest.POST("/api/v1/dossiers/" + code + "/events", step).header("X-Api-Key", apiKey));
        Answer readyAgain = call(HttpRequest.POST("/api/v1/dossiers/" + code + "/events", step).header("X-Api-Key", apiKey));
        Answer returnedBeforeReady = call(HttpRequest.POST("/api/v1/dossiers/" + receiveOne("Lê Thị Duyên") + "/events",
                Map.of("type", "RETURNED")).bearerAuth(officer));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("\"replayed\":true");
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(ready.status()).isEqualTo(201);
        assertThat(readyAgain.status()).isEqualTo(200);
        assertThat(readyAgain.body()).contains("\"replayed\":true", "RESULT_READY");
        assertThat(returnedBeforeReady.status()).isEqualTo(409);
        assertThat(returnedBeforeReady.body()).contains("STEP_NOT_ALLOWED");
        Map<String, Object> detail = json(HttpRequest.GET("/api/v1/dossiers/" + code).bearerAuth(officer));
        assertThat((List<?>) detail.get("history")).hasSize(2);
        assertThat(detail).containsEntry("status", "RESULT_READY").containsEntry("channel", "ONLINE");
    }

    @Test
    @Order(5)
    void a_csv_upload_answers_with_every_bad_line_and_a_large_one_runs_in_the_background() throws Exception {
        String csv = "code,procedure_code,applicant_name,id_number,received_at\n"
                + "000.00.03.H39-250303-0001,2.000488,Võ Thị Hồng,079200000011,2025-03-03T08:00\n"
                + "000.00.03.H39-250303-0002,2.000488,,079200000012,2025-03-03T08:10\n"
                + "000.00.03.H39-250303-0003,2.000488,Đoàn Văn Khoa,079200000013,2025-03-03T08:20\n";
        Map<String, Object> report = json(HttpRequest.POST("/api/v1/dossier-imports?centerId=1", csv)
                .contentType(MediaType.of("text/csv")).bearerAuth(admin));
        assertThat(report).containsEntry("lines", 3).containsEntry("imported", 2).containsEntry("finished", true);
        assertThat((List<Map<String, Object>>) report.get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("line", 3).containsEntry("code", "000.00.03.H39-250303-0002"));

        StringBuilder large = new StringBuilder("code,procedure_code,applicant_name,id_number,received_at\n");
        for (int i = 1; i <= 300; i++) {
            large.append(String.format("000.00.03.H39-250304-%04d,2.000488,Người nộp %d,0792000%05d,2025-03-04T08:00%n", i, i, i));
        }
        HttpResponse<Map<String, Object>> accepted = http.toBlocking().exchange(HttpRequest.POST(
                "/api/v1/dossier-imports?centerId=1&async=true", large.toString()).contentType(MediaType.of("text/csv"))
                .bearerAuth(admin), OBJECT);
        assertThat(accepted.getStatus().getCode()).isEqualTo(202);
        String job = (String) accepted.body().get("jobId");
        Map<String, Object> progress;
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            progress = json(HttpRequest.GET("/api/v1/dossier-imports/" + job).bearerAuth(admin));
        } while (!Boolean.TRUE.equals(progress.get("finished")) && System.nanoTime() < deadline);
        assertThat(progress).containsEntry("lines", 300).containsEntry("imported", 300);
    }

    @Test
    @Order(6)
    void the_public_lookup_shows_the_five_things_masked_and_tells_malformed_from_unknown() {
        String code = receiveOne("Hoàng Văn Long");
        String kiosk = "demo-kiosk-1";

        Map<String, Object> found = json(HttpRequest.GET("/api/v1/lookup/" + code).bearerAuth(kiosk));
        Answer english = call(HttpRequest.GET("/api/v1/lookup/" + code + "?lang=en").bearerAuth(kiosk));
        Answer malformed = call(HttpRequest.GET("/api/v1/lookup/000.00.03.H39-241122").bearerAuth(kiosk));
        Answer unknown = call(HttpRequest.GET("/api/v1/lookup/000.00.03.H39-241122-9876").bearerAuth(kiosk));

        assertThat(found).containsEntry("code", code).containsEntry("field", "Lý lịch tư pháp").containsEntry("status", "RECEIVED")
                .containsEntry("statusText", "Đã tiếp nhận").containsEntry("nextStep", "WAIT_FOR_APPOINTMENT")
                .containsKeys("procedure", "receivedDate", "appointmentDate");
        assertThat((Map<String, Object>) found.get("applicant")).containsEntry("name", "H**** V** L***")
                .containsEntry("idNumber", "*********234");
        assertThat(found.toString()).doesNotContain("0901234567", "079185001234");
        assertThat((String) found.get("nextStepText")).startsWith("Hồ sơ đang được giải quyết");
        assertThat(english.body()).contains("\"statusText\":\"Received\"", "Please come back for the result on");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("MALFORMED_DOSSIER_CODE", "000.00.00.H00-YYMMDD-0000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("DOSSIER_NOT_FOUND", "000.00.03.H39-241122-9876").doesNotContain("H39-241122-9875");
    }

    @Test
    @Order(7)
    void lookups_are_limited_per_device_and_per_address_with_retry_after() {
        String code = receiveOne("Mai Văn Nam");
        String busyKiosk = devices.register(1, DeviceType.KIOSK, "Ki-ốt thử giới hạn", null).token();

        int allowed = 0;
        Answer refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            Answer a = call(HttpRequest.GET("/api/v1/lookup/" + code).bearerAuth(busyKiosk));
            if (a.status() == 429) {
                refused = a;
            } else {
                allowed++;
            }
        }
        assertThat(allowed).as("the burst, and at most one more trickled in").isBetween(30, 31);
        assertThat(refused).isNotNull();
        assertThat(Integer.parseInt(refused.response().getHeaders().get("Retry-After"))).isBetween(1, 10);
        assertThat(refused.body()).contains("TOO_MANY_LOOKUPS", "giây");
        assertThat(call(HttpRequest.GET("/api/v1/lookup/" + code).bearerAuth("demo-kiosk-1")).status())
                .as("another device has its own bucket").isEqualTo(200);

        int fromAddress = 0;
        while (call(HttpRequest.GET("/api/v1/lookup/" + code)).status() == 200 && fromAddress < 40) {
            fromAddress++;
        }
        assertThat(fromAddress).isLessThanOrEqualTo(30);
        assertThat(call(HttpRequest.GET("/hs/" + code)).status()).as("the page shares the address's bucket").isEqualTo(429);
    }
}
