package vn.onedoor.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.Center;
import vn.onedoor.center.internal.CenterRepository;

/** The REST API over real HTTP (Tomcat) on a real MariaDB holding the demo center. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class RestApiIT implements DemoServerTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject CenterRepository centers;

    private String login(String username, String password) {
        Map<?, ?> body = http.toBlocking().retrieve(
                HttpRequest.POST("/api/v1/auth/login", Map.of("username", username, "password", password)), Map.class);
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        return (String) body.get("access_token");
    }

    private List<Map<String, Object>> list(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private int statusOf(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void health_reports_the_database() {
        Map<?, ?> health = http.toBlocking().retrieve("/api/v1/health", Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) health.get("database")).containsEntry("status", "UP").containsEntry("product", "MariaDB");
    }

    @Test
    void centers_are_listed_with_their_vietnamese_names() {
        List<Map<String, Object>> centers = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/centers"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertThat(centers).singleElement().satisfies(c -> {
            assertThat(c.get("code")).isEqualTo("LA-TTHCC");
            assertThat(c.get("name")).isEqualTo("Trung tâm Phục vụ Hành chính công tỉnh Long An");
        });
    }

    @Test
    void a_wrong_password_gets_401_and_no_token() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/login",
                        Map.of("username", "admin", "password", "not-demo")), Map.class));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(e.getResponse().getBody(Map.class)).hasValueSatisfying(b ->
                assertThat(b).containsEntry("code", "INVALID_CREDENTIALS").doesNotContainKey("access_token"));
    }

    @Test
    void roles_are_enforced_on_endpoints() {
        String admin = login("admin", "demo");
        String officer = login("officer3", "demo");

        assertThat(statusOf(HttpRequest.GET("/api/v1/admin/users"))).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(statusOf(HttpRequest.GET("/api/v1/admin/users").bearerAuth(officer))).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(statusOf(HttpRequest.GET("/api/v1/admin/users").bearerAuth("made-up-token"))).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        List<Map<String, Object>> users = list(HttpRequest.GET("/api/v1/admin/users").bearerAuth(admin));
        assertThat(users).hasSize(14).extracting(u -> u.get("username")).contains("admin", "manager", "officer12");
        assertThat(users.toString()).doesNotContain("pbkdf2");
    }

    @Test
    void a_device_token_authenticates_a_kiosk_but_opens_no_staff_endpoint() {
        Map<?, ?> me = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/me").bearerAuth("demo-kiosk-1"), Map.class);
        assertThat((List<String>) me.get("roles")).containsExactlyInAnyOrder("DEVICE", "DEVICE_KIOSK");

        List<Map<String, Object>> groups = list(HttpRequest.GET("/api/v1/centers/1/service-groups").bearerAuth("demo-kiosk-1"));
        assertThat(groups).hasSize(6);
        assertThat(groups.get(0)).containsEntry("prefix", "A").containsEntry("name", "Tư pháp – Hộ tịch");
        assertThat(statusOf(HttpRequest.GET("/api/v1/centers/1/counters").bearerAuth("demo-kiosk-1"))).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(statusOf(HttpRequest.GET("/api/v1/centers/1/service-groups"))).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void a_device_switched_off_by_the_admin_is_refused_at_once_and_works_again_when_switched_on() {
        String admin = login("admin", "demo");
        Map<String, Object> created = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/centers/1/devices",
                Map.of("type", "KIOSK", "name", "Ki-ốt sảnh phụ")).bearerAuth(admin), Argument.mapOf(String.class, Object.class));
        String token = (String) created.get("token");
        long id = ((Number) ((Map<String, Object>) created.get("device")).get("id")).longValue();
        // its token works, and is now in the validator's cache
        assertThat(statusOf(HttpRequest.GET("/api/v1/me").bearerAuth(token))).isEqualTo(200);

        assertThat(statusOf(HttpRequest.PUT("/api/v1/devices/" + id, Map.of("enabled", false)).bearerAuth(login("officer1", "demo"))))
                .as("an officer may not").isEqualTo(HttpStatus.FORBIDDEN.getCode());
        Map<String, Object> off = http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/devices/" + id, Map.of("enabled", false))
                .bearerAuth(admin), Argument.mapOf(String.class, Object.class));
        assertThat(off).containsEntry("enabled", false);
        assertThat(statusOf(HttpRequest.GET("/api/v1/me").bearerAuth(token))).as("refused at once, cached or not")
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(statusOf(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", 1)).bearerAuth(token)))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());

        http.toBlocking().exchange(HttpRequest.PUT("/api/v1/devices/" + id, Map.of("enabled", true)).bearerAuth(admin));
        assertThat(statusOf(HttpRequest.GET("/api/v1/me").bearerAuth(token))).isEqualTo(200);
        assertThat(statusOf(HttpRequest.PUT("/api/v1/devices/987654", Map.of("enabled", false)).bearerAuth(admin)))
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void the_admin_renames_a_device_and_moves_it_to_a_counter_of_its_own_center_only() {
        String admin = login("admin", "demo");
        assertThat(statusOf(HttpRequest.POST("/api/v1/centers/1/devices", Map.of("type", "RATING", "name", "Đánh giá"))
                .bearerAuth(admin))).as("a rating terminal without its counter").isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statusOf(HttpRequest.POST("/api/v1/centers/1/devices",
                Map.of("type", "RATING", "name", "Đánh giá", "counterId", 987654)).bearerAuth(admin)))
                .as("a counter that is not the center's").isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        List<Map<String, Object>> counters = list(HttpRequest.GET("/api/v1/centers/1/counters").bearerAuth(admin));
        long three = ((Number) counters.get(2).get("id")).longValue();
        long four = ((Number) counters.get(3).get("id")).longValue();
        Map<String, Object> created = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/centers/1/devices",
                Map.of("type", "RATING", "name", "Đánh giá tạm", "counterId", three)).bearerAuth(admin),
                Argument.mapOf(String.class, Object.class));
        long id = ((Number) ((Map<String, Object>) created.get("device")).get("id")).longValue();

        Map<String, Object> moved = http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/devices/" + id,
                Map.of("name", "Thiết bị đánh giá quầy 4", "counterId", four)).bearerAuth(admin),
                Argument.mapOf(String.class, Object.class));

        assertThat(moved).containsEntry("name", "Thiết bị đánh giá quầy 4").containsEntry("enabled", true);
        assertThat(((Number) moved.get("counterId")).longValue()).isEqualTo(four);
        HttpClientResponseException bad = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.PUT("/api/v1/devices/" + id, Map.of("counterId", 987654))
                        .bearerAuth(admin), Map.class));
        assertThat(bad.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(bad.getResponse().getBody(Map.class)).hasValueSatisfying(b -> assertThat(b)
                .containsEntry("code", "INVALID_DEVICE"));
    }

    @Test
    void an_officer_sees_the_counters_and_an_unknown_center_is_404() {
        String officer = login("officer1", "demo");

        List<Map<String, Object>> counters = list(HttpRequest.GET("/api/v1/centers/1/counters").bearerAuth(officer));
        assertThat(counters).hasSize(12);
        assertThat(counters.get(0)).containsEntry("number", 1);
        HttpClientResponseException missing = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/centers/999/counters").bearerAuth(officer), Map.class));
        assertThat(missing.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(missing.getResponse().getBody(Map.class)).hasValueSatisfying(b -> assertThat(b).containsEntry("code", "CENTER_NOT_FOUND"));
    }

    @Test
    void staff_and_devices_of_one_center_cannot_read_another_center() {
        long other = centers.save(Center.of("BP-TEST", "Bộ phận Một cửa phường Thử nghiệm", null)).id();
        String officer = login("officer1", "demo");
        String admin = login("admin", "demo");

        assertThat(statusOf(HttpRequest.GET("/api/v1/centers/" + other + "/counters").bearerAuth(officer)))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(statusOf(HttpRequest.GET("/api/v1/centers/" + other + "/service-groups").bearerAuth("demo-kiosk-1")))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(list(HttpRequest.GET("/api/v1/centers/" + other + "/service-groups").bearerAuth(admin))).isEmpty();
    }

    @Test
    void the_openapi_document_describes_the_api() {
        String doc = http.toBlocking().retrieve("/api/v1/openapi.yml");

        assertThat(doc).contains("OneDoor API", "/api/v1/auth/login", "/api/v1/centers/{centerId}/service-groups");
    }

    @Test
    void a_login_without_password_is_a_client_error_not_a_crash() {
        assertThat(statusOf(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "admin"))))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThatThrownBy(() -> login("", "")).isInstanceOf(HttpClientResponseException.class);
    }
}
