package vn.onedoor.app.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.QueueQueries;

/**
 * What a group's settings do to the queue, through the API on the demo center: a daily quota with
 * its message, ticket hours, a retired group whose waiting people move with their numbers, a
 * counter that cannot be removed while open, and the counters an officer is given.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class GroupRulesIT implements DemoServerTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject CenterDirectory directory;
    @Inject QueueQueries queries;

    private Api api;
    private String admin;
    private long center;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        admin = api.login("admin", "demo");
        center = directory.defaultCenter().orElseThrow().id();
    }

    private long group(String prefix, String name, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("prefix", prefix);
        body.put("name", name);
        return ((Number) api.post("/api/v1/admin/centers/" + center + "/groups", body, admin).get("id")).longValue();
    }

    private Api.Refusal refusedTicket(long groupId) {
        return api.refused(HttpRequest.POST("/api/v1/centers/" + center + "/tickets", Map.of("serviceGroupId", groupId)),
                "demo-kiosk-1");
    }

    private String ticket(long groupId) {
        return (String) api.post("/api/v1/centers/" + center + "/tickets", Map.of("serviceGroupId", groupId),
                "demo-kiosk-1").get("number");
    }

    @Test
    void a_group_issues_its_daily_quota_then_the_kiosk_is_told_the_groups_message() {
        long g = group("Q", "Cấp đổi giấy phép lái xe", Map.of("dailyQuota", 2,
                "quotaMessage", "Hôm nay đã hết số cấp đổi giấy phép lái xe. Mời quay lại sáng mai từ 7 giờ."));
        assertThat(ticket(g)).isEqualTo("Q-0001");
        assertThat(ticket(g)).isEqualTo("Q-0002");
        Api.Refusal full = refusedTicket(g);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("QUOTA_REACHED_MESSAGE");
        assertThat(full.message()).isEqualTo("Hôm nay đã hết số cấp đổi giấy phép lái xe. Mời quay lại sáng mai từ 7 giờ.");

        api.put("/api/v1/admin/groups/" + g, Map.of("prefix", "Q", "name", "Cấp đổi giấy phép lái xe", "dailyQuota", 3),
                admin);
        assertThat(ticket(g)).as("a raised quota applies at once").isEqualTo("Q-0003");
        Api.Refusal plain = refusedTicket(g);
        assertThat(plain.code()).isEqualTo("QUOTA_REACHED");
        assertThat(plain.message()).contains("Cấp đổi giấy phép lái xe").contains("3");
    }

    @Test
    void a_group_with_hours_issues_only_within_them() {
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        // an hour that has just passed, or one to come: never the present minute
        String past = now.getHour() >= 2 ? "00:00-" + String.format("%02d:00", now.getHour() - 1) : "22:00-23:00";
        long closed = group("H", "Giờ đã qua", Map.of("openingHours", past));
        Api.Refusal refused = refusedTicket(closed);
        assertThat(refused.code()).isEqualTo("GROUP_CLOSED_NOW");
        assertThat(refused.message()).contains("Giờ đã qua").contains(past.replace("-", "-"));
        long open = group("I", "Cả ngày", Map.of("openingHours", "00:00-23:59"));
        assertThat(ticket(open)).startsWith("I-");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups", Map.of("prefix", "J",
                "name", "Giờ ngược", "openingHours", "11:00-07:00")), admin).code()).isEqualTo("INVALID_OPENING_HOURS");
    }

    @Test
    void retiring_a_group_with_people_waiting_asks_where_they_go_and_moves_them_with_their_numbers() {
        long from = group("R", "Nhóm sẽ ngừng", Map.of());
        long to = group("S", "Nhóm nhận", Map.of());
        String first = ticket(from);
        String second = ticket(from);
        Api.Refusal asked = api.refused(HttpRequest.POST("/api/v1/admin/groups/" + from + "/retire", Map.of()), admin);
        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.code()).isEqualTo("GROUP_HAS_WAITING");
        assertThat(asked.message()).contains("R").contains("2");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/groups/" + from + "/retire", Map.of("moveTo", from)),
                admin).code()).isEqualTo("MOVE_TARGET_INVALID");

        Map<String, Object> moved = api.post("/api/v1/admin/groups/" + from + "/retire", Map.of("moveTo", to), admin);
        assertThat(moved.get("moved")).isEqualTo(2);
        assertThat(queries.waiting(to, 100)).extracting(t -> t.displayNumber()).containsExactly(first, second);
        assertThat(refusedTicket(from).code()).as("a retired group issues nothing").isEqualTo("SERVICE_GROUP_NOT_FOUND");
        assertThat(api.list("/api/v1/centers/" + center + "/service-groups", "demo-kiosk-1"))
                .extracting(g -> g.get("prefix")).doesNotContain("R").contains("S");
        assertThat(api.refused(HttpRequest.POST("/api/v1/admin/centers/" + center + "/groups", Map.of("prefix", "R",
                "name", "Chữ của nhóm đã ngừng")), admin).code()).isEqualTo("PREFIX_RETIRED");
    }

    @Test
    void a_counter_an_officer_works_cannot_be_removed_and_an_officer_opens_only_the_counters_given() {
        String officer = api.login("officer7", "demo");
        long seven = directory.counters(center).stream().filter(o -> o.counter().number() == 7).findFirst().orElseThrow()
                .counter().id();
        long eight = directory.counters(center).stream().filter(o -> o.counter().number() == 8).findFirst().orElseThrow()
                .counter().id();
        api.post("/api/v1/counters/" + seven + "/open", Map.of(), officer);
        Api.Refusal open = api.refused(HttpRequest.DELETE("/api/v1/admin/counters/" + seven), admin);
        assertThat(open.code()).isEqualTo("COUNTER_OPEN");
        api.post("/api/v1/counters/" + seven + "/close", Map.of(), officer);

        long officerId = ((Number) api.list("/api/v1/admin/users?q=officer7", admin).get(0).get("id")).longValue();
        Map<String, Object> account = api.get("/api/v1/admin/users/" + officerId, admin);
        Map<String, Object> edit = new HashMap<>(account);
        edit.put("counterIds", List.of(seven));
        api.put("/api/v1/admin/users/" + officerId, edit, admin);
        String again = api.login("officer7", "demo");
        Api.Refusal notGiven = api.refused(HttpRequest.POST("/api/v1/counters/" + eight + "/open", Map.of()), again);
        assertThat(notGiven.status()).isEqualTo(403);
        assertThat(notGiven.code()).isEqualTo("COUNTER_NOT_GIVEN");
        assertThat(notGiven.message()).contains("8");
        assertThat(api.status(HttpRequest.POST("/api/v1/counters/" + seven + "/open", Map.of()), again)).isEqualTo(200);
        api.post("/api/v1/counters/" + seven + "/close", Map.of(), again);
        edit.put("counterIds", List.of());
        api.put("/api/v1/admin/users/" + officerId, edit, admin);
    }
}
