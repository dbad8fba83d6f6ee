package vn.onedoor.app.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.CenterDirectory;

/**
 * A second center in the demo's install, set up through the API: its officer, manager and
 * administrator see none of the first center's queue, dossiers, ratings, devices, staff or
 * statistics, whatever they ask for, while their own center answers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class CenterIsolationIT implements DemoServerTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject CenterDirectory directory;
    @Inject vn.onedoor.catalog.Catalog catalog;

    private Api api;
    private long first;
    private long second;
    private String officer2;
    private String manager2;
    private String admin2;
    private String firstDossier;
    private long firstTicket;
    private long firstCounter;

    @BeforeAll
    void twoCenters() {
        api = new Api(http);
        String admin = api.login("admin", "demo");
        first = directory.defaultCenter().orElseThrow().id();
        Map<String, Object> center = new HashMap<>();
        center.put("name", "Bộ phận Một cửa phường Khánh Hậu");
        center.put("unitCode", "000.31.40.H39");
        center.put("level", "COMMUNE");
        second = ((Number) api.post("/api/v1/admin/centers", Map.of("center", center), admin).get("id")).longValue();
        for (String[] u : new String[][] {{"canbo.kh", "OFFICER"}, {"lanhdao.kh", "MANAGER"}, {"qtv.kh", "ADMIN"}}) {
            api.post("/api/v1/admin/users", Map.of("username", u[0], "fullName", "Người thử " + u[1], "role", u[1],
                    "centerId", second, "password", "KhanhHau#2026"), admin);
        }
        officer2 = api.login("canbo.kh", "KhanhHau#2026");
        manager2 = api.login("lanhdao.kh", "KhanhHau#2026");
        admin2 = api.login("qtv.kh", "KhanhHau#2026");

        // the first center has a waiting ticket and a dossier
        String officer1 = api.login("officer1", "demo");
        long groupA = directory.serviceGroups(first).get(0).id();
        firstTicket = ((Number) api.post("/api/v1/centers/" + first + "/tickets", Map.of("serviceGroupId", groupA),
                "demo-kiosk-1").get("id")).longValue();
        firstCounter = directory.counters(first).get(0).counter().id();
        long procedure = catalog.procedures().get(0).id();
        Map<String, Object> applicant = Map.of("name", "Nguyễn Văn Bình", "idNumber", "079201001234");
        firstDossier = (String) api.post("/api/v1/dossiers", Map.of("centerId", first, "procedureId", procedure,
                "applicant", applicant), officer1).get("code");
    }

    private int status(HttpRequest<?> request, String token) {
        return api.status((io.micronaut.http.MutableHttpRequest<?>) request, token);
    }

    @Test
    void the_queue_of_the_first_center_is_closed_to_the_second_centers_staff() {
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + first + "/queue"), officer2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + second + "/queue"), officer2)).isEqualTo(200);
        assertThat(status(HttpRequest.POST("/api/v1/centers/" + first + "/tickets", Map.of("serviceGroupId",
                directory.serviceGroups(first).get(0).id())), officer2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/tickets/" + firstTicket), officer2)).isIn(403, 404);
        assertThat(status(HttpRequest.POST("/api/v1/counters/" + firstCounter + "/open", Map.of()), officer2))
                .isIn(403, 404);
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + first + "/events"), officer2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + first + "/counters"), officer2)).isEqualTo(403);
    }

    @Test
    void the_dossiers_and_their_papers_of_the_first_center_are_not_found_by_the_second() {
        assertThat(status(HttpRequest.GET("/api/v1/dossiers/" + firstDossier), officer2)).isEqualTo(404);
        assertThat(status(HttpRequest.GET("/api/v1/dossiers/" + firstDossier + "/receipt.pdf"), officer2)).isEqualTo(404);
        assertThat(status(HttpRequest.GET("/api/v1/dossiers/" + firstDossier), manager2)).isEqualTo(404);
        assertThat(status(HttpRequest.GET("/api/v1/dossiers/" + firstDossier), admin2)).isEqualTo(404);
        assertThat(status(HttpRequest.POST("/api/v1/dossiers", Map.of("centerId", first, "procedureId", 1,
                "applicant", Map.of("name", "Trần Văn Cường", "idNumber", "079201004321"))), officer2)).isEqualTo(403);
    }

    @Test
    void ratings_and_statistics_of_the_first_center_are_refused_and_their_own_are_empty() {
        assertThat(status(HttpRequest.GET("/api/v1/stats/ratings?from=2026-01-01&to=2026-12-31&centerId=" + first),
                manager2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/stats/dossiers?from=2026-01-01&to=2026-12-31&centerId=" + first),
                manager2)).isEqualTo(403);
        Map<String, Object> own = api.get("/api/v1/stats/dossiers?from=2026-01-01&to=2026-12-31", manager2);
        assertThat(((Map<String, Object>) own.get("total")).get("received")).isEqualTo(0);
        assertThat(status(HttpRequest.PUT("/api/v1/centers/" + first + "/rating-scale", Map.of()), admin2))
                .isIn(400, 403);
    }

    @Test
    void devices_staff_settings_and_audit_of_the_first_center_are_closed_to_the_second_centers_administrator() {
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + first + "/devices"), manager2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + first + "/devices"), admin2)).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/api/v1/centers/" + first + "/devices", Map.of("type", "KIOSK", "name",
                "Ki-ốt lạ")), admin2)).isEqualTo(403);
        assertThat(api.list("/api/v1/admin/users", admin2)).extracting(u -> ((Number) u.get("centerId")).longValue())
                .containsOnly(second);
        assertThat(status(HttpRequest.GET("/api/v1/admin/users?centerId=" + first), admin2)).isIn(200, 403);
        assertThat(api.list("/api/v1/admin/users?centerId=" + first, admin2)).isEmpty();
        assertThat(status(HttpRequest.GET("/api/v1/admin/centers/" + first + "/settings"), admin2)).isEqualTo(403);
        assertThat(status(HttpRequest.PUT("/api/v1/admin/centers/" + first + "/settings",
                Map.of("board.marquee", "Chen ngang")), admin2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/admin/audit?centerId=" + first), admin2)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/centers/" + first + "/calendar/overrides?year=2026"), admin2))
                .isEqualTo(403);
    }
}
