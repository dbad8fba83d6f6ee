package vn.onedoor.app.api.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;

/** The ratings API over real HTTP on the demo center: 201, 409 ALREADY_RATED, 400, who may call. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class RatingApiIT implements DemoServerTest {

    @Inject @Client("/") HttpClient http;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;

    private record Answer(int status, Map<String, Object> body) {}

    private Answer post(String token, Map<String, Object> body) {
        HttpRequest<?> request = HttpRequest.POST("/api/v1/ratings", body);
        if (token != null) {
            request = ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
        }
        try {
            HttpResponse<Map> response = http.toBlocking().exchange(request, Map.class);
            return new Answer(response.getStatus().getCode(), response.body());
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(Map.class).orElse(Map.of()));
        }
    }

    private String login(String username) {
        Map<?, ?> body = http.toBlocking().retrieve(
                HttpRequest.POST("/api/v1/auth/login", Map.of("username", username, "password", "demo")), Map.class);
        return (String) body.get("access_token");
    }

    private Ticket completedAt(int counterNumber, String outcome) {
        Center center = directory.defaultCenter().orElseThrow();
        CounterOverview counter = directory.counters(center.id()).stream()
                .filter(c -> c.counter().number() == counterNumber).findFirst().orElseThrow();
        issue.issue(new IssueTicket.Request(center.id(), counter.serves().get(0).serviceGroupId(), Priority.NORMAL, null,
                null, null, null, null, null));
        Actor officer = new Actor(accounts.authenticate("officer" + counterNumber, "demo").orElseThrow().userId(), false);
        desk.open(counter.counter().id(), officer);
        desk.callNext(counter.counter().id(), officer).orElseThrow();
        return handling.complete(counter.counter().id(), outcome, officer);
    }

    @Test
    void a_dossier_is_rated_once_and_the_second_attempt_gets_409_already_rated() {
        Map<String, Object> vote = Map.of("dossierCode", "000.00.12.H39-261123-0001", "score", 3,
                "criteria", List.of("ATTITUDE"), "comment", "Cán bộ nhiệt tình");

        Answer first = post("demo-kiosk-1", vote);
        Answer second = post("demo-rating-3", vote);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body()).containsEntry("dossierCode", "000.00.12.H39-261123-0001").containsEntry("score", 3)
                .containsEntry("satisfied", true).containsEntry("source", "KIOSK")
                .containsEntry("criteria", List.of("ATTITUDE"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).containsEntry("code", "ALREADY_RATED");
        assertThat((String) second.body().get("message")).contains("đã được đánh giá");
    }

    @Test
    void the_terminal_of_a_counter_rates_the_ticket_completed_there() {
        Ticket ticket = completedAt(5, Outcomes.ADVICE_ONLY);

        Answer answer = post("demo-rating-5", Map.of("ticketId", ticket.id(), "score", 1));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("source", "TERMINAL").containsEntry("satisfied", false)
                .containsEntry("counterId", ticket.counterId().intValue());
        assertThat(answer.body().get("officerId")).isNotNull();
        assertThat(post("demo-rating-5", Map.of("ticketId", ticket.id(), "score", 3)).status()).isEqualTo(409);
    }

    @Test
    void bad_input_gets_400_with_a_code() {
        assertThat(post("demo-kiosk-1", Map.of("dossierCode", "000.00.12.H39-261123-0002", "score", 4)).body())
                .containsEntry("code", "INVALID_SCORE");
        assertThat(post("demo-kiosk-1", Map.of("score", 3))).satisfies(a -> {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.body()).containsEntry("code", "INVALID_SUBJECT");
        });
        assertThat(post("demo-kiosk-1", Map.of("dossierCode", "000.00.12.H39-261123-0002")).status()).isEqualTo(400);
        assertThat(post("demo-kiosk-1", Map.of("dossierCode", "hello", "score", 3)).body())
                .containsEntry("code", "INVALID_DOSSIER_CODE");
        Map<String, Object> tooLong = new HashMap<>(Map.of("dossierCode", "000.00.12.H39-261123-0002", "score", 3));
        tooLong.put("comment", "x".repeat(501));
        assertThat(post("demo-kiosk-1", tooLong).status()).isEqualTo(400);
    }

    @Test
    void only_rating_terminals_kiosks_and_staff_may_vote() {
        Map<String, Object> vote = Map.of("dossierCode", "000.00.12.H39-261123-0003", "score", 2);

        assertThat(post(null, vote).status()).isEqualTo(401);
        assertThat(post("demo-board-1", vote).status()).isEqualTo(403);
        assertThat(post(login("officer1"), vote)).satisfies(a -> {
            assertThat(a.status()).isEqualTo(201);
            assertThat(a.body()).containsEntry("source", "STAFF");
        });
    }

    @Test
    void managers_get_ratings_per_counter_and_officers_do_not() {
        Ticket ticket = completedAt(9, Outcomes.RESULT_RETURNED);
        assertThat(post("demo-rating-9", Map.of("ticketId", ticket.id(), "score", 2)).status()).isEqualTo(201);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String uri = "/api/v1/stats/ratings?from=" + today + "&to=" + today + "&groupBy=counter";

        List<Map<String, Object>> rows = http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(login("manager")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertThat(rows).filteredOn(r -> ticket.counterId().intValue() == ((Number) r.get("key")).intValue())
                .singleElement().satisfies(r -> {
                    assertThat(r).containsEntry("votes", 1).containsEntry("satisfied", 1);
                    assertThat((Map<String, Object>) r.get("levels")).containsExactly(
                            Map.entry("3", 0), Map.entry("2", 1), Map.entry("1", 0));
                    assertThat(((Number) r.get("satisfactionRate")).doubleValue()).isEqualTo(1.0);
                    assertThat((String) r.get("name")).contains("9");
                });
        assertThat(status(HttpRequest.GET(uri).bearerAuth(login("officer1")))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(uri.replace("counter", "mood")).bearerAuth(login("manager")))).isEqualTo(400);
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
