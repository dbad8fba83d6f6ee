package vn.onedoor.app.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/** A small client of the REST API for the administration tests: answers as maps, refusals as status and body. */
final class Api {

    private final HttpClient http;

    Api(HttpClient http) {
        this.http = http;
    }

    /** A refusal: its status and its body (code, message, field). */
    record Refusal(int status, Map<String, Object> body) {
        String code() {
            return (String) body.get("code");
        }

        String message() {
            return (String) body.get("message");
        }
    }

    String login(String username, String password) {
        Map<String, Object> body = call(HttpRequest.POST("/api/v1/auth/login", Map.of("username", username,
                "password", password)), null);
        return (String) body.get("access_token");
    }

    Map<String, Object> get(String path, String token) {
        return call(HttpRequest.GET(path), token);
    }

    List<Map<String, Object>> list(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    Map<String, Object> post(String path, Object body, String token) {
        return call(HttpRequest.POST(path, body), token);
    }

    Map<String, Object> put(String path, Object body, String token) {
        return call(HttpRequest.PUT(path, body), token);
    }

    private static HttpRequest<?> auth(MutableHttpRequest<?> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }

    int status(MutableHttpRequest<?> request, String token) {
        try {
            HttpResponse<?> r = http.toBlocking().exchange(auth(request, token));
            return r.getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** A request that must be refused; its answer. */
    Refusal refused(MutableHttpRequest<?> request, String token) {
        try {
            http.toBlocking().exchange(auth(request, token), Map.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
            return new Refusal(e.getStatus().getCode(), body);
        }
        throw new AssertionError("expected a refusal of " + request.getMethod() + " " + request.getPath());
    }

    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        HttpResponse<Map<String, Object>> r = http.toBlocking().exchange(auth(request, token),
                Argument.mapOf(String.class, Object.class));
        assertThat(r.getStatus().getCode()).isBetween(200, 299);
        return r.body() == null ? Map.of() : r.body();
    }
}
