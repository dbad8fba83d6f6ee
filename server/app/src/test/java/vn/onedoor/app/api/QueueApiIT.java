package vn.onedoor.app.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;

/** The queue API over HTTP on the demo center: the contract of issue 3, errors included. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class QueueApiIT implements DemoServerTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject EmbeddedServer server;

    private String officer1;
    private String officer2;
    private long groupA;
    private long counter1;

    @BeforeAll
    void signIn() {
        officer1 = login("officer1");
        officer2 = login("officer2");
        List<Map<String, Object>> groups = list(HttpRequest.GET("/api/v1/centers/1/service-groups").bearerAuth(officer1));
        groupA = ((Number) groups.get(0).get("id")).longValue();
        List<Map<String, Object>> counters = list(HttpRequest.GET("/api/v1/centers/1/counters").bearerAuth(officer1));
        counter1 = ((Number) counters.get(0).get("id")).longValue();
    }

    private String login(String user) {
        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", user, "password", "demo")), Argument.mapOf(String.class, Object.class));
        return (String) body.get("access_token");
    }

    private List<Map<String, Object>> list(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private HttpResponse<Map<String, Object>> send(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse<Map<String, Object>>) e.getResponse();
        }
    }

    private static Map<String, Object> errorOf(HttpResponse<?> response) {
        return response.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    }

    private HttpResponse<Map<String, Object>> issue(String idempotencyKey) {
        var request = HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", groupA, "priority", "NORMAL"))
                .bearerAuth("demo-kiosk-1");
        return send(idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey));
    }

    @Test
    void a_kiosk_issues_a_ticket_and_a_retry_with_the_same_key_gets_the_same_one() {
        HttpResponse<Map<String, Object>> first = issue("tap-7f3a");
        HttpResponse<Map<String, Object>> retry = issue("tap-7f3a");

        assertThat(first.getStatus().getCode()).isEqualTo(201);
        Map<String, Object> ticket = first.body();
        assertThat(ticket).containsKeys("id", "number", "serviceGroupId", "status", "priority", "waitingAhead",
                "estimatedWaitMinutes", "issuedAt").containsEntry("status", "WAITING").containsEntry("priority", "NORMAL");
        assertThat((String) ticket.get("number")).matches("A-\\d{4}");
        assertThat(retry.body().get("id")).isEqualTo(ticket.get("id"));
        assertThat(retry.getHeaders().get("Idempotency-Replayed")).isEqualTo("true");
        assertThat(issue(null).body().get("id")).isNotEqualTo(ticket.get("id"));

        Map<String, Object> read = send(HttpRequest.GET("/api/v1/tickets/" + ticket.get("id")).bearerAuth(officer1)).body();
        assertThat(read).containsEntry("number", ticket.get("number")).containsEntry("status", "WAITING");
    }

    @Test
    void an_officer_calls_serves_and_completes_and_an_empty_queue_answers_204() {
        issue(null);
        assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/call-next", "").bearerAuth(officer1))
                .getStatus().getCode()).isEqualTo(409);
        assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/open", "").bearerAuth(officer1)).body())
                .containsEntry("status", "OPEN");

        int served = 0;
        for (HttpResponse<Map<String, Object>> r = callNext(); r.getStatus().getCode() == 200; r = callNext()) {
            Map<String, Object> called = (Map<String, Object>) r.body().get("ticket");
            assertThat(called).containsEntry("status", "CALLED");
            assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/recall", "").bearerAuth(officer2))
                    .getStatus().getCode()).isEqualTo(403);
            assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/start", "").bearerAuth(officer1)).body())
                    .containsEntry("status", "SERVING");
            HttpResponse<Map<String, Object>> bad = send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/complete",
                    Map.of("outcome", "GONE_FISHING")).bearerAuth(officer1));
            assertThat(bad.getStatus().getCode()).isEqualTo(400);
            assertThat(errorOf(bad)).containsEntry("code", "UNKNOWN_OUTCOME");
            assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/complete",
                    Map.of("outcome", "DOSSIER_RECEIVED")).bearerAuth(officer1)).body())
                    .containsEntry("status", "COMPLETED").containsEntry("outcome", "DOSSIER_RECEIVED");
            served++;
        }
        assertThat(served).isPositive();
        assertThat(callNext().getStatus().getCode()).isEqualTo(204);

        Map<String, Object> queue = send(HttpRequest.GET("/api/v1/centers/1/queue").bearerAuth(officer1)).body();
        List<Map<String, Object>> groups = (List<Map<String, Object>>) queue.get("serviceGroups");
        assertThat(groups).hasSize(6).first().satisfies(g -> assertThat(g).containsEntry("prefix", "A").containsKeys(
                "waiting", "longestWaitSeconds"));
        List<Map<String, Object>> counters = (List<Map<String, Object>>) queue.get("counters");
        assertThat(counters).hasSize(12).first().satisfies(c -> assertThat(c).containsEntry("status", "OPEN"));
    }

    @Test
    void complete_and_call_next_answers_both_tickets_in_one_request() {
        List<Map<String, Object>> counters = list(HttpRequest.GET("/api/v1/centers/1/counters").bearerAuth(officer2));
        long counter2 = ((Number) counters.get(1).get("id")).longValue();
        issue(null);
        issue(null);
        send(HttpRequest.POST("/api/v1/counters/" + counter2 + "/open", "").bearerAuth(officer2));
        assertThat(send(HttpRequest.POST("/api/v1/counters/" + counter2 + "/call-next", "").bearerAuth(officer2))
                .getStatus().getCode()).isEqualTo(200);

        HttpResponse<Map<String, Object>> r = send(HttpRequest.POST("/api/v1/counters/" + counter2
                + "/complete-and-call-next", Map.of("outcome", "RESULT_RETURNED")).bearerAuth(officer2));
        assertThat(r.getStatus().getCode()).isEqualTo(200);
        assertThat((Map<String, Object>) r.body().get("completed")).containsEntry("status", "COMPLETED")
                .containsEntry("outcome", "RESULT_RETURNED");
        assertThat((Map<String, Object>) r.body().get("ticket")).containsEntry("status", "CALLED");
    }

    private HttpResponse<Map<String, Object>> callNext() {
        return send(HttpRequest.POST("/api/v1/counters/" + counter1 + "/call-next", "").bearerAuth(officer1));
    }

    @Test
    void bad_input_gets_a_4xx_with_a_code_and_a_message_never_a_500() {
        HttpResponse<?> notJson = send(HttpRequest.POST("/api/v1/centers/1/tickets", "{serviceGroupId: oops")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth("demo-kiosk-1"));
        assertThat(notJson.getStatus().getCode()).isEqualTo(400);
        assertThat(errorOf(notJson)).containsKeys("code", "message");

        HttpResponse<?> missing = send(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("priority", "NORMAL"))
                .bearerAuth("demo-kiosk-1"));
        assertThat(missing.getStatus().getCode()).isEqualTo(400);
        assertThat(errorOf(missing)).containsEntry("code", "INVALID_REQUEST");

        HttpResponse<?> unknownGroup = send(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", 999999))
                .bearerAuth("demo-kiosk-1"));
        assertThat(unknownGroup.getStatus().getCode()).isEqualTo(404);
        assertThat(errorOf(unknownGroup)).containsEntry("code", "SERVICE_GROUP_NOT_FOUND");

        HttpResponse<?> badPriority = send(HttpRequest.POST("/api/v1/centers/1/tickets",
                Map.of("serviceGroupId", groupA, "priority", "VIP")).bearerAuth("demo-kiosk-1"));
        assertThat(badPriority.getStatus().getCode()).isEqualTo(400);

        HttpResponse<?> noTicket = send(HttpRequest.GET("/api/v1/tickets/987654").bearerAuth(officer1));
        assertThat(noTicket.getStatus().getCode()).isEqualTo(404);
        assertThat(errorOf(noTicket)).containsEntry("code", "TICKET_NOT_FOUND");

        HttpResponse<?> boardIssues = send(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", groupA))
                .bearerAuth("demo-board-1"));
        assertThat(boardIssues.getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void the_event_stream_tells_of_a_ticket_after_it_is_issued() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/centers/1/events"))
                .header("Authorization", "Bearer " + officer1).header("Accept", "text/event-stream").build();
        var pending = client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        java.net.http.HttpResponse<InputStream> response = pending.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test ends the stream
            }
        });
        reader.setDaemon(true);
        reader.start();

        String number = (String) issue(null).body().get("number");

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean seenEvent = false;
        boolean seenData = false;
        while (System.nanoTime() < deadline && !(seenEvent && seenData)) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.equals("event: TicketIssued")) {
                seenEvent = true;
            }
            if (line != null && line.startsWith("data:") && line.contains("\"number\":\"" + number + "\"")) {
                seenData = true;
            }
        }
        response.body().close();
        assertThat(seenEvent).as("event line").isTrue();
        assertThat(seenData).as("data line with " + number).isTrue();
    }
}
