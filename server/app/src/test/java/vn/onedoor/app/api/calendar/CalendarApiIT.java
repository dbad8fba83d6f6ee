package vn.onedoor.app.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;

/** The calendar API over HTTP on a real MariaDB holding the demo center. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarApiIT implements DemoServerTest {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final String OVERRIDES = "/api/v1/centers/1/calendar/overrides";

    @Inject
    @Client("/")
    HttpClient http;

    private String admin;

    @BeforeAll
    void signIn() {
        admin = login("admin");
    }

    private String login(String user) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", user, "password", "demo")), OBJECT).get("access_token");
    }

    /** Status and JSON body of any answer, error or not. */
    private Answer call(HttpRequest<?> request) {
        try {
            HttpResponse<String> r = http.toBlocking().exchange(request, String.class);
            return new Answer(r.getStatus().getCode(), r.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private Map<String, Object> appointment(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/calendar/appointment?" + query), OBJECT);
    }

    private List<Map<String, Object>> holidays(int year) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/calendar/holidays?year=" + year), Argument.listOf(OBJECT));
    }

    record Answer(int status, String body) {}

    @Test
    void an_online_dossier_on_the_friday_evening_before_tet_is_received_after_tet_without_signing_in() {
        assertThat(appointment("receivedAt=2026-02-13T17:30&workingDays=1&channel=ONLINE"))
                .containsEntry("receivedDate", "2026-02-23")
                .containsEntry("appointmentDate", "2026-02-24");
        assertThat(appointment("receivedAt=2026-02-13T16:59&workingDays=1&channel=ONLINE"))
                .containsEntry("receivedDate", "2026-02-13").containsEntry("appointmentDate", "2026-02-23");
        assertThat(appointment("receivedAt=2026-02-13T17:30&workingDays=1&channel=DIRECT"))
                .containsEntry("receivedDate", "2026-02-13").containsEntry("appointmentDate", "2026-02-23");
        assertThat(appointment("receivedAt=2026-02-13T17:30&workingDays=1&channel=postal"))
                .containsEntry("receivedDate", "2026-02-23");
    }

    @Test
    void a_date_time_with_an_offset_is_read_in_the_centers_zone() {
        // 10:30 UTC is 17:30 in Hà Nội: after the online cut-off.
        assertThat(appointment("receivedAt=2026-11-19T10:30:00Z&workingDays=0&channel=ONLINE"))
                .containsEntry("receivedDate", "2026-11-20");
    }

    @Test
    void bad_parameters_get_400_with_a_vietnamese_first_message() {
        Answer missing = call(HttpRequest.GET("/api/v1/calendar/appointment?workingDays=1&channel=ONLINE"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"code\":\"INVALID_RECEIVED_AT\"", "là ngày giờ ISO", "\"field\":\"receivedAt\"");

        assertThat(call(HttpRequest.GET("/api/v1/calendar/appointment?receivedAt=13/02/2026&workingDays=1&channel=ONLINE")).body())
                .contains("INVALID_RECEIVED_AT");
        Answer negative = call(HttpRequest.GET("/api/v1/calendar/appointment?receivedAt=2026-02-13T10:00&workingDays=-1&channel=ONLINE"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("INVALID_WORKING_DAYS", "số nguyên");
        Answer fax = call(HttpRequest.GET("/api/v1/calendar/appointment?receivedAt=2026-02-13T10:00&workingDays=1&channel=FAX"));
        assertThat(fax.status()).isEqualTo(400);
        assertThat(fax.body()).contains("INVALID_CHANNEL", "ONLINE (trực tuyến) hoặc POSTAL");
        Answer year = call(HttpRequest.GET("/api/v1/calendar/holidays?year=2026x"));
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.body()).contains("INVALID_YEAR");
        Answer center = call(HttpRequest.GET("/api/v1/calendar/holidays?year=2026&centerId=999"));
        assertThat(center.status()).isEqualTo(404);
        assertThat(center.body()).contains("CENTER_NOT_FOUND");
    }

    @Test
    void the_holidays_of_2026_are_listed_with_vietnamese_names_and_kinds() {
        List<Map<String, Object>> days = holidays(2026);

        assertThat(days).contains(
                Map.of("date", "2026-02-17", "name", "Tết Nguyên đán (mùng 1 tháng Giêng)", "kind", "HOLIDAY"),
                Map.of("date", "2026-04-26", "name", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "kind", "HOLIDAY"),
                Map.of("date", "2026-04-27", "name", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", "kind", "COMPENSATORY"),
                Map.of("date", "2026-09-01", "name", "Quốc khánh (ngày liền kề)", "kind", "HOLIDAY"));
        assertThat(days).extracting(d -> (String) d.get("date")).isSorted();
        // Other tests of this class add overrides; the law's own days are eleven holidays and one compensatory day.
        assertThat(days).filteredOn(d -> List.of("HOLIDAY", "COMPENSATORY").contains(d.get("kind"))).hasSize(12);
        assertThat(call(HttpRequest.GET("/api/v1/calendar/holidays?year=2200")).status()).isEqualTo(400);
    }

    @Test
    void only_an_administrator_may_change_the_calendar() {
        String body = "{\"date\":\"2026-06-06\",\"kind\":\"WORKING\"}";
        assertThat(call(HttpRequest.POST(OVERRIDES, body)).status()).isEqualTo(401);
        assertThat(call(HttpRequest.POST(OVERRIDES, body).bearerAuth(login("officer1"))).status()).isEqualTo(403);
        assertThat(call(HttpRequest.POST(OVERRIDES, body).bearerAuth(login("manager"))).status()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(OVERRIDES + "?year=2026").bearerAuth("demo-kiosk-1")).status()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/v1/centers/999/calendar/overrides?year=2026").bearerAuth(admin)).status())
                .isEqualTo(404);
    }

    @Test
    void a_make_up_saturday_entered_by_the_administrator_moves_appointments_until_it_is_deleted() {
        String friday = "receivedAt=2026-03-06T10:00&workingDays=1&channel=DIRECT";
        assertThat(appointment(friday)).containsEntry("appointmentDate", "2026-03-09");

        Answer created = call(HttpRequest.POST(OVERRIDES, Map.of("date", "2026-03-07", "kind", "WORKING",
                "note", "Làm bù cho ngày nghỉ hoán đổi")).bearerAuth(admin));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"date\":\"2026-03-07\"", "\"kind\":\"WORKING\"", "\"createdBy\":\"admin\"");
        assertThat(appointment(friday)).containsEntry("appointmentDate", "2026-03-07");
        assertThat(holidays(2026)).contains(
                Map.of("date", "2026-03-07", "name", "Làm bù cho ngày nghỉ hoán đổi", "kind", "OVERRIDE_WORKING"));

        Answer again = call(HttpRequest.POST(OVERRIDES, Map.of("date", "2026-03-07", "kind", "OFF")).bearerAuth(admin));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("OVERRIDE_EXISTS");

        List<Map<String, Object>> listed = http.toBlocking().retrieve(
                HttpRequest.GET(OVERRIDES + "?year=2026").bearerAuth(admin), Argument.listOf(OBJECT));
        Map<String, Object> saturday = listed.stream().filter(o -> "2026-03-07".equals(o.get("date"))).findFirst().orElseThrow();
        long id = ((Number) saturday.get("id")).longValue();

        assertThat(call(HttpRequest.DELETE(OVERRIDES + "/" + id).bearerAuth(admin)).status()).isEqualTo(204);
        assertThat(appointment(friday)).containsEntry("appointmentDate", "2026-03-09");
        assertThat(call(HttpRequest.DELETE(OVERRIDES + "/" + id).bearerAuth(admin)).status()).isEqualTo(404);
    }

    @Test
    void a_day_declared_off_shows_in_the_holidays_and_delays_the_appointment() {
        Answer created = call(HttpRequest.POST(OVERRIDES, Map.of("date", "2026-10-16", "kind", "OFF",
                "note", "Nghỉ theo thông báo của UBND tỉnh")).bearerAuth(admin));
        assertThat(created.status()).isEqualTo(201);

        assertThat(appointment("receivedAt=2026-10-15T09:00&workingDays=1&channel=ONLINE"))
                .containsEntry("appointmentDate", "2026-10-19");
        assertThat(holidays(2026)).contains(
                Map.of("date", "2026-10-16", "name", "Nghỉ theo thông báo của UBND tỉnh", "kind", "OVERRIDE_OFF"));
    }

    @Test
    void a_malformed_override_is_a_client_error() {
        Answer wrongKind = call(HttpRequest.POST(OVERRIDES, "{\"date\":\"2026-06-06\",\"kind\":\"HOLIDAY\"}").bearerAuth(admin));
        assertThat(wrongKind.status()).isEqualTo(400);
        Answer noDate = call(HttpRequest.POST(OVERRIDES, "{\"kind\":\"OFF\"}").bearerAuth(admin));
        assertThat(noDate.status()).isEqualTo(400);
        Answer longNote = call(HttpRequest.POST(OVERRIDES, Map.of("date", "2026-06-08", "kind", "OFF", "note", "x".repeat(300)))
                .bearerAuth(admin));
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.body()).contains("INVALID_NOTE");
    }

    @Test
    void the_openapi_document_describes_the_calendar() {
        assertThat(http.toBlocking().retrieve("/api/v1/openapi.yml"))
                .contains("/api/v1/calendar/appointment", "/api/v1/calendar/holidays", "/api/v1/centers/{centerId}/calendar/overrides");
    }
}
