package vn.onedoor.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onedoor.app.DemoServerTest;

/**
 * The faults a center's first week hit, through the API as a client meets them: transfers into a
 * group holding the same number, refusals that name what collided or what is wrong (never "the
 * database is not answering"), names in any script on the receipt and emoji refused naming the
 * field, local date-times in the center's time, and messages in the caller's language.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class FirstWeekApiIT implements DemoServerTest {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject @Client("/") HttpClient http;

    private String officer;
    private String manager;
    private long procedureId;

    @BeforeAll
    void signIn() {
        officer = login("officer1");
        manager = login("manager");
        procedureId = ((Number) http.toBlocking().retrieve(HttpRequest.GET("/api/v1/procedures"),
                Argument.listOf(OBJECT)).stream().filter(p -> "2.000488".equals(p.get("code"))).findFirst()
                .orElseThrow().get("id")).longValue();
    }

    private String login(String user) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", user, "password", "demo")), OBJECT).get("access_token");
    }

    private HttpResponse<Map<String, Object>> send(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, OBJECT);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<Map<String, Object>>) e.getResponse();
        }
    }

    private static Map<String, Object> body(HttpResponse<?> response) {
        return response.getBody(OBJECT).orElseThrow();
    }

    private HttpResponse<Map<String, Object>> receive(Map<String, Object> applicant, String receivedAt) {
        Map<String, Object> body = receivedAt == null ? Map.of("procedureId", procedureId, "applicant", applicant)
                : Map.of("procedureId", procedureId, "applicant", applicant, "receivedAt", receivedAt);
        return send(HttpRequest.POST("/api/v1/dossiers", body).bearerAuth(officer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "김민준", "ສົມສັກ ພົມມະວົງ", "សុខ សុភា", "Trần Thị Ngọc Hân"})
    void a_name_in_any_script_is_received_and_its_receipt_carries_it_as_text(String name) throws Exception {
        HttpResponse<Map<String, Object>> created = receive(Map.of("name", name, "idNumber", "079185001234"), null);
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        String code = (String) body(created).get("code");

        HttpResponse<byte[]> pdf = http.toBlocking().exchange(HttpRequest.GET("/api/v1/dossiers/" + code + "/receipt.pdf")
                .bearerAuth(officer), byte[].class);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tiếp nhận hồ sơ của: " + name);
        }
        Map<String, Object> lookup = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/lookup/" + code), OBJECT);
        String masked = (String) ((Map<String, Object>) lookup.get("applicant")).get("name");
        assertThat(masked).startsWith(name.substring(0, name.offsetByCodePoints(0, 1))).contains("*")
                .doesNotContain(name.substring(name.offsetByCodePoints(0, 1), name.offsetByCodePoints(0, 2)));
    }

    @Test
    void an_emoji_in_a_name_is_refused_naming_the_field_and_no_dossier_is_made() {
        HttpResponse<Map<String, Object>> refused = receive(Map.of("name", "Nguyễn Văn An 😀", "idNumber",
                "079185001234"), null);

        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        assertThat(body(refused)).containsEntry("code", "APPLICANT_NAME_CHARACTERS")
                .containsEntry("field", "applicant.name");
        assertThat((String) body(refused).get("message")).contains("Họ và tên", "😀").doesNotContain("Exception", "glyph");
    }

    @Test
    void a_local_date_time_is_the_centers_and_a_bad_one_names_the_field_and_the_form() {
        String local = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2).withNano(0).withSecond(0).toString();
        HttpResponse<Map<String, Object>> created = receive(Map.of("name", "Lê Văn Tám", "idNumber", "079185001234"),
                local);
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(body(created)).containsEntry("lateEntry", true)
                .containsEntry("receivedDate", local.substring(0, 10));

        HttpResponse<Map<String, Object>> bad = receive(Map.of("name", "Lê Văn Tám", "idNumber", "079185001234"),
                "05/10/2026 09:00");
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat(body(bad)).containsEntry("code", "INVALID_DATE_TIME").containsEntry("field", "receivedAt");
        assertThat((String) body(bad).get("message")).contains("receivedAt", "2026-10-05T09:00");

        String code = (String) body(created).get("code");
        HttpResponse<Map<String, Object>> step = send(HttpRequest.POST("/api/v1/dossiers/" + code + "/events",
                Map.of("type", "RESULT_READY", "at", local.substring(0, 10) + "T15:30")).bearerAuth(officer));
        assertThat(step.getStatus().getCode()).isEqualTo(201);
        assertThat(body(step)).containsEntry("lateEntry", true);
    }

    @Test
    void a_value_too_long_for_its_column_is_a_400_naming_it_never_a_503() {
        long counter = ((Number) http.toBlocking().retrieve(HttpRequest.GET("/api/v1/centers/1/counters")
                .bearerAuth(manager), Argument.listOf(OBJECT)).get(0).get("id")).longValue();
        send(HttpRequest.POST("/api/v1/counters/" + counter + "/open", "").bearerAuth(manager));

        HttpResponse<Map<String, Object>> paused = send(HttpRequest.POST("/api/v1/counters/" + counter + "/pause",
                Map.of("reason", "x".repeat(70_000))).bearerAuth(manager));

        assertThat(paused.getStatus().getCode()).isEqualTo(400);
        assertThat(body(paused)).containsEntry("code", "VALUE_TOO_LONG");
        send(HttpRequest.POST("/api/v1/counters/" + counter + "/close", "").bearerAuth(manager));
    }

    @Test
    void a_refusal_speaks_vietnamese_by_default_and_english_when_asked() {
        HttpResponse<Map<String, Object>> vi = send(HttpRequest.GET("/api/v1/tickets/999999999").bearerAuth(officer));
        HttpResponse<Map<String, Object>> en = send(HttpRequest.GET("/api/v1/tickets/999999999").bearerAuth(officer)
                .header("Accept-Language", "en-US,en;q=0.9"));

        assertThat(vi.getStatus().getCode()).isEqualTo(404);
        assertThat(body(vi)).containsEntry("code", "TICKET_NOT_FOUND").containsEntry("message", "Không tìm thấy số thứ tự.");
        assertThat(body(en)).containsEntry("message", "No such ticket.");
    }

    @Test
    void a_transfer_into_a_group_holding_the_same_number_keeps_the_tickets_own_number() {
        List<Map<String, Object>> groups = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/centers/1/service-groups")
                .bearerAuth(manager), Argument.listOf(OBJECT));
        long a = ((Number) groups.get(0).get("id")).longValue();
        long b = ((Number) groups.get(1).get("id")).longValue();
        int n = 0;
        Map<String, Object> inA;
        Map<String, Object> inB;
        do { // issue in both until the numbers meet
            inA = body(send(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", a)).bearerAuth(manager)));
            inB = body(send(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", b)).bearerAuth(manager)));
            while (((Number) inB.get("sequence")).intValue() < ((Number) inA.get("sequence")).intValue()) {
                inB = body(send(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", b))
                        .bearerAuth(manager)));
            }
        } while (!inA.get("sequence").equals(inB.get("sequence")) && ++n < 50);
        assertThat(inA.get("sequence")).isEqualTo(inB.get("sequence"));
        long counter = ((Number) http.toBlocking().retrieve(HttpRequest.GET("/api/v1/centers/1/counters")
                .bearerAuth(manager), Argument.listOf(OBJECT)).get(0).get("id")).longValue();
        send(HttpRequest.POST("/api/v1/counters/" + counter + "/open", "").bearerAuth(manager));
        assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter + "/call", Map.of("ticketId", inA.get("id"),
                "reason", "test")).bearerAuth(manager)).getStatus().getCode()).isEqualTo(200);

        HttpResponse<Map<String, Object>> moved = send(HttpRequest.POST("/api/v1/counters/" + counter + "/transfer",
                Map.of("toServiceGroupId", b, "keepPlace", true)).bearerAuth(manager));

        assertThat(moved.getStatus().getCode()).isEqualTo(200);
        assertThat(body(moved)).containsEntry("number", inA.get("number")).containsEntry("serviceGroupId", (int) b);
        send(HttpRequest.POST("/api/v1/counters/" + counter + "/close", "").bearerAuth(manager));
    }
}
