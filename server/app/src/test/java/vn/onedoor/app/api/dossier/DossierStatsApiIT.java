package vn.onedoor.app.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.catalog.Catalog;

/**
 * The statistics of 003 Điều 14 on a hand-made June 2025: eleven dossiers of two agencies whose
 * every count is worked out by hand below, pushed and stepped through the integration API.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class DossierStatsApiIT implements DemoServerTest {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String JUSTICE = "000.00.03.H39";
    private static final String TAN_AN = "000.00.31.H39";

    @Inject @Client("/") HttpClient http;
    @Inject Catalog catalog;

    private String manager;
    private String apiKey;
    private long justiceId;
    private long tanAnId;

    @BeforeAll
    void handMadeJune() {
        manager = login("manager");
        apiKey = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/integration/keys",
                Map.of("name", "test", "centerId", 1)).bearerAuth(login("admin")), OBJECT).get("key");
        justiceId = agency(JUSTICE);
        tanAnId = agency(TAN_AN);
        String tanAnProcedure = catalog.procedures().stream().filter(p -> p.agencyId() == tanAnId).findFirst().orElseThrow().code();

        // Sở Tư pháp, direct. Received in June: A1–A5, A7–A10 (9); A6 was received in May.
        push("A1", JUSTICE, "2.000488", "DIRECT", "2025-06-02", "2025-06-16", "RESULT_READY 2025-06-10");          // early
        push("A2", JUSTICE, "2.000488", "DIRECT", "2025-06-02", "2025-06-16", "RESULT_READY 2025-06-16");          // on time
        push("A3", JUSTICE, "2.000488", "DIRECT", "2025-06-03", "2025-06-17", "RESULT_READY 2025-06-20");          // late
        push("A4", JUSTICE, "2.000488", "DIRECT", "2025-06-03", "2025-06-17");                                      // overdue
        push("A5", JUSTICE, "2.000488", "DIRECT", "2025-06-25", "2025-07-09");                                      // in progress
        push("A6", JUSTICE, "2.000488", "DIRECT", "2025-05-20", "2025-06-03", "RESULT_READY 2025-06-05");          // late, May's
        push("A7", JUSTICE, "2.000488", "DIRECT", "2025-06-10", "2025-06-24", "WITHDRAWN 2025-06-12");             // neither
        push("A8", JUSTICE, "2.000488", "DIRECT", "2025-06-10", "2025-06-24", "REJECTED 2025-06-11");              // early (a refusal)
        push("A9", JUSTICE, "2.000488", "DIRECT", "2025-06-04", "2025-06-18", "RESULT_READY 2025-07-02");          // overdue on 30 June
        push("A10", JUSTICE, "2.000488", "DIRECT", "2025-06-05", "2025-06-19", "APOLOGY_ISSUED 2025-06-18",
                "RESULT_READY 2025-06-25");                                                                         // late despite the apology
        // UBND thành phố Tân An.
        push("B1", TAN_AN, tanAnProcedure, "ONLINE", "2025-06-09", "2025-06-12", "RESULT_READY 2025-06-12",
                "RETURNED 2025-06-13");                                                                             // on time
        push("B2", TAN_AN, tanAnProcedure, "POSTAL", "2025-06-09", "2025-06-12", "RESULT_READY 2025-06-11");       // early
    }

    private long agency(String code) {
        return catalog.agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private String login(String user) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", user, "password", "demo")), OBJECT).get("access_token");
    }

    private void push(String name, String agency, String procedure, String channel, String received, String appointment,
            String... steps) {
        LocalDate day = LocalDate.parse(received);
        int sequence = Integer.parseInt(name.substring(1)) + (name.startsWith("B") ? 50 : 0);
        String code = String.format("%s-%s-%04d", agency, day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")),
                sequence);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/integration/dossiers", Map.of("code", code,
                "procedureCode", procedure, "channel", channel, "receivedAt", day.atTime(9, 0).atZone(VN).toInstant().toString(),
                "appointmentDate", appointment, "applicant", Map.of("name", "Công dân " + name, "idNumber", "07920000000" + name.length())))
                .header("X-Api-Key", apiKey));
        for (String step : steps) {
            String[] parts = step.split(" ");
            Map<String, Object> body = new HashMap<>(Map.of("type", parts[0], "at",
                    LocalDate.parse(parts[1]).atTime(15, 0).atZone(VN).toInstant().toString(), "eventId", name + "-" + parts[0]));
            if (parts[0].equals("REJECTED") || parts[0].equals("APOLOGY_ISSUED")) {
                body.put("reason", "Lý do của " + name);
            }
            if (parts[0].equals("APOLOGY_ISSUED")) {
                body.put("newAppointmentDate", "2025-06-26");
            }
            http.toBlocking().exchange(HttpRequest.POST("/api/v1/dossiers/" + code + "/events", body).header("X-Api-Key", apiKey));
        }
    }

    private Map<String, Object> report(String groupBy) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/dossiers?from=2025-06-01&to=2025-06-30&groupBy="
                + groupBy).bearerAuth(manager), OBJECT);
    }

    private static Map<String, Object> row(Map<String, Object> report, String key) {
        return ((List<Map<String, Object>>) report.get("rows")).stream().filter(r -> key.equals(r.get("key")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + key + " in " + report));
    }

    private static Map<String, Object> counts(long received, long resolved, long early, long onTime, long late,
            long inProgress, long overdue) {
        return Map.of("received", (int) received, "resolved", (int) resolved, "early", (int) early, "onTime", (int) onTime,
                "late", (int) late, "inProgress", (int) inProgress, "overdue", (int) overdue);
    }

    @Test
    void per_agency_every_count_and_rate_matches_the_hand_count() {
        Map<String, Object> report = report("agency");

        assertThat(report).containsEntry("asOf", "2025-06-30").containsEntry("groupBy", "agency");
        assertThat(row(report, String.valueOf(justiceId))).containsAllEntriesOf(counts(9, 6, 2, 1, 3, 3, 2))
                .containsEntry("name", "Sở Tư pháp tỉnh Long An")
                .containsEntry("resolutionRate", 0.6667).containsEntry("onTimeRate", 0.5);
        assertThat(row(report, String.valueOf(tanAnId))).containsAllEntriesOf(counts(2, 2, 1, 1, 0, 0, 0))
                .containsEntry("resolutionRate", 1.0).containsEntry("onTimeRate", 1.0);
        assertThat((Map<String, Object>) report.get("total")).containsAllEntriesOf(counts(11, 8, 3, 2, 3, 3, 2))
                .containsEntry("resolutionRate", 0.7273).containsEntry("onTimeRate", 0.625);
    }

    @Test
    void per_channel_the_rows_carry_vietnamese_names() {
        Map<String, Object> report = report("channel");

        assertThat(row(report, "DIRECT")).containsAllEntriesOf(counts(9, 6, 2, 1, 3, 3, 2)).containsEntry("name", "Trực tiếp");
        assertThat(row(report, "ONLINE")).containsAllEntriesOf(counts(1, 1, 0, 1, 0, 0, 0)).containsEntry("name", "Trực tuyến");
        assertThat(row(report, "POSTAL")).containsAllEntriesOf(counts(1, 1, 1, 0, 0, 0, 0));
    }

    @Test
    void a_period_before_the_results_sees_them_in_progress() {
        Map<String, Object> early = http.toBlocking().retrieve(HttpRequest.GET(
                "/api/v1/stats/dossiers?from=2025-06-01&to=2025-06-15&groupBy=field").bearerAuth(manager), OBJECT);

        // By 15 June: received A1–A4, A7–A10, B1, B2 (10); resolved A1, A6, A8, B1, B2 (5: A1, A8, B2 early; B1 on time;
        // A6 late); in progress A2, A3, A4, A9, A10 (5, none past its appointment date yet).
        assertThat((Map<String, Object>) early.get("total")).containsAllEntriesOf(counts(10, 5, 3, 1, 1, 5, 0));
        assertThat(early).containsEntry("groupBy", "field");
    }

    @Test
    void bad_parameters_get_a_400_and_citizens_see_the_published_rate() {
        HttpClientResponseException bad = org.assertj.core.api.Assertions.catchThrowableOfType(() -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/stats/dossiers?from=2025-06-30&to=2025-06-01").bearerAuth(manager)),
                HttpClientResponseException.class);
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        HttpClientResponseException group = org.assertj.core.api.Assertions.catchThrowableOfType(() -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/stats/dossiers?from=2025-06-01&to=2025-06-30&groupBy=officer")
                        .bearerAuth(manager)), HttpClientResponseException.class);
        assertThat(group.getResponse().getBody(String.class).orElse("")).contains("INVALID_GROUP_BY");

        String page = http.toBlocking().retrieve(HttpRequest.GET("/thong-ke?year=2025"));
        // The whole of 2025 adds A9's late result of 2 July: (3 early + 2 on time) ÷ 9 resolved; 12 received with A6.
        assertThat(page).contains("Tỷ lệ giải quyết đúng hạn", "55,6%", "<dd>12</dd>", "Sở Tư pháp tỉnh Long An",
                "01/01/2025 đến ngày 31/12/2025");
    }
}
