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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.onedoor.app.EmptyServerTest;

/**
 * A province puts its centers into service through the API, from an install started without the
 * demo: the first center, its groups, counters and staff, a second center, and what each role
 * may touch. Every refusal carries a Vietnamese message naming what is wrong, and a refused change
 * leaves nothing behind, the audit log included.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class AdministrationIT implements EmptyServerTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String admin;
    private long center;
    private long groupA;
    private long groupB;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        admin = api.login("admin", ADMIN_PASSWORD);
    }

    private static Map<String, Object> center(String name, String unitCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("unitCode", unitCode);
        m.put("address", "Ấp 3, xã Mỹ Yên, tỉnh Tây Ninh");
        m.put("level", "COMMUNE");
        m.put("openingHours", "7h00-11h30, 13h30-17h00");
        return m;
    }

    @Test
    @Order(1)
    void an_empty_install_is_set_up_with_its_first_center_and_can_issue_at_once() {
        assertThat(api.get("/api/v1/admin/setup", admin)).containsEntry("needed", true);

        Api.Refusal bad = api.refused(HttpRequest.POST("/api/v1/admin/setup", center("Bộ phận Một cửa xã Mỹ Yên",
                "H39-MY-YEN")), admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("INVALID_UNIT_CODE");
        assertThat(bad.body()).containsEntry("field", "unitCode");
        assertThat(bad.message()).contains("H39-MY-YEN").contains("000.00.00.H39");
        Api.Refusal hours = api.refused(HttpRequest.POST("/api/v1/admin/setup", Map.of("name", "X",
                "unitCode", "000.31.20.H39", "openingHours", "17:00-07:00")), admin);
        assertThat(hours.code()).isEqualTo("INVALID_OPENING_HOURS");
        assertThat(api.get("/api/v1/admin/setup", admin)).as("nothing half-saved").containsEntry("needed", true);

        Map<String, Object> c = api.post("/api/v1/admin/setup", center("Bộ phận Một cửa xã Mỹ Yên", "000.31.20.h39"),
                admin);
        center = ((Number) c.get("id")).longValue();
        assertThat(c).containsEntry("unitCode", "000.31.20.H39").containsEntry("level", "COMMUNE")
                .containsEntry("timeZone", "Asia/Ho_Chi_Minh").containsEntry("openingHours", "07:00-11:30, 13:30-17:00");
        assertThat(api.get("/api/v1/admin/setup", admin)).containsEntry("needed", false);
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/setup", center("Thứ hai", "000.31.21.H39")), admin)
                .code()).isEqualTo("SETUP_DONE");

        List<Map<String, Object>> groups = api.list("/api/v1/admin/centers/" + center + "/groups", admin);
        assertThat(groups).singleElement().satisfies(g -> assertThat(g).containsEntry("prefix", "A")
                .containsEntry("returnsResults", true));
        groupA = ((Number) groups.get(0).get("id")).longValue();
        assertThat(api.list("/api/v1/admin/centers/" + center + "/counters", admin)).singleElement()
                .satisfies(k -> assertThat(k).containsEntry("number", 1));

        // a kiosk registered now issues the center's first ticket
        String kiosk = kiosk(center, "Ki-ốt sảnh");
        Map<String, Object> ticket = api.post("/api/v1/centers/" + center + "/tickets",
                Map.of("serviceGroupId", groupA), kiosk);
        assertThat(ticket.get("number")).isEqualTo("A-0001");
    }

    @Test
    @Order(2)
    void groups_take_a_letter_of_their_own_and_counters_a_number_of_their_own() {
        Map<String, Object> b = api.post("/api/v1/admin/centers/" + center + "/groups", Map.of("prefix", "b",
                "name", "Đất đai", "nameEn", "Land", "weight", 2, "maxWaitMinutes", 45), admin);
        groupB = ((Number) b.get("id")).longValue();
        assertThat(b).containsEntry("prefix", "B").containsEntry("weight", 2).containsEntry("maxWaitMinutes", 45);

        Api.Refusal taken = api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups",
                Map.of("prefix", "A", "name", "Hộ tịch")), admin);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.code()).isEqualTo("PREFIX_TAKEN");
        assertThat(taken.message()).contains("A").contains("Tiếp nhận và trả kết quả");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups",
                Map.of("prefix", "AB", "name", "Hộ tịch")), admin).code()).isEqualTo("INVALID_PREFIX");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups",
                Map.of("prefix", "C", "name", "Hộ tịch", "weight", 0)), admin).message())
                .isEqualTo("Trọng số phải từ 1 đến 100.");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups",
                Map.of("prefix", "C", "name", "Hộ tịch", "procedureIds", List.of(987654))), admin).code())
                .isEqualTo("PROCEDURE_NOT_FOUND");
        assertThat(api.list("/api/v1/admin/centers/" + center + "/groups", admin)).extracting(g -> g.get("prefix"))
                .containsExactly("A", "B");

        Map<String, Object> two = api.post("/api/v1/admin/centers/" + center + "/counters", Map.of("number", 2,
                "name", "Quầy 2 – Đất đai", "groups", List.of(Map.of("serviceGroupId", groupB, "weight", 3),
                        Map.of("serviceGroupId", groupA))), admin);
        assertThat((List<Map<String, Object>>) two.get("groups")).extracting(g -> ((Number) g.get("weight")).intValue())
                .containsExactlyInAnyOrder(3, 1);
        Api.Refusal twice = api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/counters",
                Map.of("number", 2, "name", "Quầy hai")), admin);
        assertThat(twice.code()).isEqualTo("COUNTER_NUMBER_TAKEN");
        assertThat(twice.message()).contains("2").contains("Quầy 2 – Đất đai");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/counters",
                Map.of("number", 0, "name", "Quầy không")), admin).code()).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    @Order(3)
    void staff_follow_the_password_policy_and_a_one_time_password_must_be_changed_first() {
        Api.Refusal weak = api.refused(HttpRequest.POST("/api/v1/admin/users", staff("canbo1", "Nguyễn Văn An",
                "OFFICER", center, "password1")), admin);
        assertThat(weak.code()).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(weak.body()).containsEntry("field", "password");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/users", staff("canbo1", "Nguyễn Văn An", "OFFICER",
                center, "abcdefghij")), admin).code()).isEqualTo("PASSWORD_TOO_SIMPLE");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/users", staff("canbo1", "Nguyễn Văn An 😀", "OFFICER",
                center, "Mot-cua-2026")), admin).code()).isEqualTo("NAME_CHARACTERS");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/users", staff("cán bộ", "Nguyễn Văn An", "OFFICER",
                center, "Mot-cua-2026")), admin).code()).isEqualTo("INVALID_USERNAME");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/users", staff("canbo1", "Nguyễn Văn An", "OFFICER",
                null, "Mot-cua-2026")), admin).code()).isEqualTo("CENTER_REQUIRED");

        Map<String, Object> created = api.post("/api/v1/admin/users", staff("canbo1", "Nguyễn Văn An", "OFFICER",
                center, "Mot-cua-2026"), admin);
        assertThat(created.get("oneTimePassword")).as("the admin chose the password").isNull();
        assertThat(api.login("canbo1", "Mot-cua-2026")).isNotBlank();
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/users", staff("CANBO1", "Trần Thị Bình", "OFFICER",
                center, "Mot-cua-2026")), admin).code()).as("usernames differ by more than case")
                .isEqualTo("USERNAME_TAKEN");

        Map<String, Object> second = api.post("/api/v1/admin/users", staff("canbo2", "Trần Thị Bình", "OFFICER",
                center, null), admin);
        String oneTime = (String) second.get("oneTimePassword");
        assertThat(oneTime).hasSize(12);
        Api.Refusal first = api.refused(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "canbo2",
                "password", oneTime)), null);
        assertThat(first.status()).isEqualTo(403);
        assertThat(first.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(api.refused(HttpRequest.POST("/api/v1/auth/password", Map.of("username", "canbo2",
                "currentPassword", oneTime, "newPassword", "canbo2-2026")), null).code())
                .isEqualTo("PASSWORD_HAS_USERNAME");
        Map<String, Object> changed = api.post("/api/v1/auth/password", Map.of("username", "canbo2",
                "currentPassword", oneTime, "newPassword", "Binh-2026!"), null);
        assertThat(changed.get("access_token")).isNotNull();
        assertThat(api.login("canbo2", "Binh-2026!")).isNotBlank();
        assertThat(api.status(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "canbo2", "password", oneTime)),
                null)).as("the one-time password is spent").isEqualTo(401);

        long canbo2 = ((Number) ((Map<String, Object>) second.get("account")).get("id")).longValue();
        String token = api.login("canbo2", "Binh-2026!");
        assertThat(api.status(HttpRequest.GET("/api/v1/me"), token)).isEqualTo(200);
        api.post("/api/v1/admin/users/" + canbo2 + "/disable", Map.of(), admin);
        assertThat(api.status(HttpRequest.GET("/api/v1/me"), token)).as("a disabled account's token stops at once")
                .isEqualTo(401);
        api.post("/api/v1/admin/users/" + canbo2 + "/enable", Map.of(), admin);
        String reset = (String) api.post("/api/v1/admin/users/" + canbo2 + "/reset-password", Map.of(), admin)
                .get("oneTimePassword");
        assertThat(api.refused(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "canbo2", "password", reset)),
                null).code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    }

    @Test
    @Order(4)
    void the_last_administrator_stays_and_nobody_disables_themselves() {
        long adminId = ((Number) api.list("/api/v1/admin/users?q=admin", admin).stream()
                .filter(u -> "admin".equals(u.get("username"))).findFirst().orElseThrow().get("id")).longValue();
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/users/" + adminId + "/disable", Map.of()), admin).code())
                .isEqualTo("CANNOT_DISABLE_SELF");
        assertThat(api.refused(HttpRequest.PUT("/api/v1/admin/users/" + adminId, staff("admin", "Quản trị", "MANAGER",
                center, null)), admin).code()).isEqualTo("LAST_ADMIN");
        Map<String, Object> again = api.get("/api/v1/admin/users/" + adminId, admin);
        assertThat(again).as("nothing half-saved").containsEntry("role", "ADMIN");
        assertThat(again.get("centerId")).as("still the installation's").isNull();
    }

    @Test
    @Order(5)
    void a_second_center_is_walled_off_from_the_first() {
        Map<String, Object> other = api.post("/api/v1/admin/centers", Map.of("center",
                center("Bộ phận Một cửa phường Tân Ninh", "000.31.21.H39"), "templateCenterId", center), admin);
        long second = ((Number) other.get("id")).longValue();
        assertThat(api.list("/api/v1/admin/centers/" + second + "/groups", admin)).as("copied from the first")
                .extracting(g -> g.get("prefix")).containsExactly("A", "B");
        assertThat(api.list("/api/v1/admin/centers/" + second + "/counters", admin)).extracting(k -> k.get("number"))
                .containsExactly(1, 2);

        api.post("/api/v1/admin/users", staff("qtv.tanninh", "Lê Văn Cường", "ADMIN", second, "TanNinh#2026"), admin);
        String centerAdmin = api.login("qtv.tanninh", "TanNinh#2026");
        assertThat(api.list("/api/v1/admin/centers", centerAdmin)).extracting(c -> ((Number) c.get("id")).longValue())
                .containsExactly(second);
        Api.Refusal edit = api.refused(HttpRequest.PUT("/api/v1/admin/centers/" + center,
                center("Đổi tên trung tâm khác", "000.31.20.H39")), centerAdmin);
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.code()).isEqualTo("OTHER_CENTER");
        assertThat(edit.message()).isEqualTo("Dữ liệu này thuộc trung tâm khác.");
        assertThat(api.status(HttpRequest.GET("/api/v1/admin/centers/" + center + "/groups"), centerAdmin))
                .isEqualTo(403);
        assertThat(api.status(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups",
                Map.of("prefix", "Z", "name", "Chen ngang")), centerAdmin)).isEqualTo(403);
        assertThat(api.status(HttpRequest.POST("/api/v1/admin/centers", Map.of("center",
                center("Trung tâm lạ", "000.31.22.H39"))), centerAdmin)).isEqualTo(403);
        assertThat(api.list("/api/v1/admin/users", centerAdmin)).extracting(u -> u.get("username"))
                .containsExactly("qtv.tanninh");

        long counterOfFirst = ((Number) api.list("/api/v1/admin/centers/" + center + "/counters", admin).get(0)
                .get("id")).longValue();
        Api.Refusal foreign = api.refused(HttpRequest.POST("/api/v1/admin/users", staff("canbo.tn", "Phạm Thị Dung",
                "OFFICER", second, "TanNinh#2027", List.of(counterOfFirst))), centerAdmin);
        assertThat(foreign.code()).isEqualTo("COUNTER_OF_OTHER_CENTER");
        assertThat(foreign.message()).contains("thuộc trung tâm khác");
        assertThat(api.list("/api/v1/admin/users?q=canbo.tn", admin)).as("nothing half-saved").isEmpty();

        Map<String, Object> audit = api.get("/api/v1/admin/audit?limit=500", centerAdmin);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) audit.get("entries");
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(((Number) l.get("centerId")).longValue())
                .isEqualTo(second));
    }

    @Test
    @Order(6)
    void every_change_and_sign_in_is_in_the_audit_log_and_a_refused_change_is_not() {
        Map<String, Object> page = api.get("/api/v1/admin/audit?limit=500", admin);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) page.get("entries");
        assertThat(lines).extracting(l -> l.get("action") + " " + l.get("entity"))
                .contains("SETUP center", "CREATE service_group", "CREATE counter", "CREATE staff_user",
                        "SIGN_IN staff_user", "PASSWORD_CHANGED staff_user", "DISABLE staff_user",
                        "RESET_PASSWORD staff_user", "CREATE center");
        assertThat(lines).filteredOn(l -> "CREATE".equals(l.get("action")) && "service_group".equals(l.get("entity")))
                .as("the refused groups left no line").extracting(l -> l.get("summary"))
                .containsExactlyInAnyOrder("A Tiếp nhận và trả kết quả", "B Đất đai");
        assertThat(lines).filteredOn(l -> "CREATE".equals(l.get("action")) && "center".equals(l.get("entity")))
                .singleElement().satisfies(l -> assertThat((String) l.get("after")).contains("\"copiedFrom\":"));
        assertThat(lines).filteredOn(l -> "SIGN_IN".equals(l.get("action"))).allSatisfy(l -> assertThat(l.get("address"))
                .isNotNull());
        Map<String, Object> disable = lines.stream().filter(l -> "DISABLE".equals(l.get("action"))).findFirst()
                .orElseThrow();
        assertThat((String) disable.get("before")).contains("\"enabled\":true");
        assertThat((String) disable.get("after")).contains("\"enabled\":false");
        assertThat(api.status(HttpRequest.DELETE("/api/v1/admin/audit"), admin)).as("nobody deletes the log")
                .isIn(404, 405);
    }

    @Test
    @Order(7)
    void a_catalog_file_is_previewed_with_its_faults_and_imported_whole_or_not_at_all_through_the_api() {
        byte[] template = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/admin/catalog/template.xlsx")
                .bearerAuth(admin), byte[].class);
        assertThat(template).startsWith('P', 'K');
        String faulty = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cơ quan thực hiện;Thời hạn giải quyết\n"
                + "1.001193;Đăng ký khai sinh;Hộ tịch;UBND cấp xã;Trong ngày\n"
                + "1.001193;Đăng ký khai tử;Hộ tịch;UBND cấp xã;ba ngày\n";
        Map<String, Object> preview = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/admin/catalog/preview",
                multipart("co-loi.csv", faulty.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(admin),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(preview).containsEntry("importable", false);
        assertThat((List<Map<String, Object>>) preview.get("problems")).extracting(p -> p.get("row") + " " + p.get("code"))
                .containsExactlyInAnyOrder("3 CATALOG_DUPLICATE_CODE", "3 CATALOG_NOT_DAYS");
        Api.Refusal refused = api.refused(HttpRequest.POST("/api/v1/admin/catalog/import",
                multipart("co-loi.csv", faulty.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), admin);
        assertThat(refused.code()).isEqualTo("CATALOG_HAS_FAULTS");
        assertThat(refused.message()).contains("2 lỗi").contains("dòng 3");
        Api.Refusal encoding = api.refused(HttpRequest.POST("/api/v1/admin/catalog/preview",
                multipart("tcvn.csv", faulty.getBytes(java.nio.charset.Charset.forName("windows-1258"))))
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), admin);
        assertThat(encoding.code()).isEqualTo("CATALOG_WRONG_ENCODING");

        String good = faulty.replace("1.001193;Đăng ký khai tử;Hộ tịch;UBND cấp xã;ba ngày",
                "1.000656;Đăng ký khai tử;Hộ tịch;UBND cấp xã;03 ngày làm việc");
        Map<String, Object> imported = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/admin/catalog/import",
                multipart("dung.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(admin),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(imported).containsEntry("rows", 2).containsEntry("created", 2);
        Map<String, Object> again = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/admin/catalog/import",
                multipart("dung.csv", good.replace("03 ngày", "05 ngày").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(admin),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(again).containsEntry("created", 0).containsEntry("updated", 1).containsEntry("unchanged", 1);
    }

    private static io.micronaut.http.client.multipart.MultipartBody multipart(String name, byte[] bytes) {
        return io.micronaut.http.client.multipart.MultipartBody.builder()
                .addPart("file", name, io.micronaut.http.MediaType.TEXT_PLAIN_TYPE, bytes).build();
    }

    private String kiosk(long centerId, String name) {
        Map<String, Object> created = api.post("/api/v1/centers/" + centerId + "/devices", Map.of("type", "KIOSK",
                "name", name), admin);
        return (String) created.get("token");
    }

    private static Map<String, Object> staff(String username, String name, String role, Long centerId, String password) {
        return staff(username, name, role, centerId, password, List.of());
    }

    private static Map<String, Object> staff(String username, String name, String role, Long centerId, String password,
            List<Long> counters) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("fullName", name);
        m.put("role", role);
        m.put("centerId", centerId);
        m.put("password", password);
        m.put("counterIds", counters);
        return m;
    }
}
