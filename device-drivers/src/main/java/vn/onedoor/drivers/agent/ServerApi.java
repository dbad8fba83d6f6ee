package vn.onedoor.drivers.agent;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import vn.onedoor.drivers.agent.Wire.AgentConfig;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.Heartbeat;
import vn.onedoor.drivers.agent.Wire.HeartbeatReply;
import vn.onedoor.drivers.agent.Wire.InputEvent;
import vn.onedoor.drivers.agent.Wire.PairRequest;
import vn.onedoor.drivers.agent.Wire.PairResponse;

/** The server's agent endpoints over plain HTTP with the JDK client. Thread-safe. */
public final class ServerApi {

    /** The server refused the token (or the pairing code): retrying the same will not help. */
    public static final class Unauthorized extends IOException {
        Unauthorized(String message) {
            super(message);
        }
    }

    /** The server refused the request itself (4xx): it must not be sent again as it is. */
    public static final class Rejected extends IOException {
        Rejected(String message) {
            super(message);
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final TypeReference<List<Command>> COMMANDS = new TypeReference<>() {
    };

    private final URI base;
    private final HttpClient client;
    private volatile String token;

    public ServerApi(URI base) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/agent/");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public void useToken(String deviceToken) {
        this.token = deviceToken;
    }

    public PairResponse pair(PairRequest request) throws IOException, InterruptedException {
        return Wire.JSON.readValue(send(post("pair", request, false), REQUEST_TIMEOUT), PairResponse.class);
    }

    public AgentConfig config() throws IOException, InterruptedException {
        return Wire.JSON.readValue(send(authorized("config").GET(), REQUEST_TIMEOUT), AgentConfig.class);
    }

    /** Long poll: returns as soon as there are commands, or an empty list after about {@code wait}. */
    public List<Command> commands(Duration wait) throws IOException, InterruptedException {
        byte[] body = send(authorized("commands?waitSeconds=" + wait.toSeconds()).GET(), wait.plus(REQUEST_TIMEOUT));
        return Wire.JSON.readValue(body, COMMANDS);
    }

    public void ack(long commandId) throws IOException, InterruptedException {
        send(post("commands/" + commandId + "/ack", null, true), REQUEST_TIMEOUT);
    }

    public void result(long commandId, CommandResult result) throws IOException, InterruptedException {
        send(post("commands/" + commandId + "/result", result, true), REQUEST_TIMEOUT);
    }

    public HeartbeatReply heartbeat(Heartbeat heartbeat) throws IOException, InterruptedException {
        return Wire.JSON.readValue(send(post("heartbeat", heartbeat, true), REQUEST_TIMEOUT), HeartbeatReply.class);
    }

    public void input(InputEvent event) throws IOException, InterruptedException {
        send(post("input", event, true), REQUEST_TIMEOUT);
    }

    private HttpRequest.Builder authorized(String path) throws Unauthorized {
        String t = token;
        if (t == null) {
            throw new Unauthorized("no device token yet: pair first");
        }
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + t)
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, Object body, boolean withToken) throws IOException {
        HttpRequest.Builder builder = withToken ? authorized(path) : HttpRequest.newBuilder(base.resolve(path));
        byte[] json = body == null ? new byte[0] : Wire.JSON.writeValueAsBytes(body);
        return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json));
    }

    private byte[] send(HttpRequest.Builder request, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body().length == 0 ? "null".getBytes() : response.body();
        }
        String what = response.request().method() + " " + response.request().uri().getPath() + ": HTTP " + status;
        if (status == 401 || status == 403) {
            throw new Unauthorized(what);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new Rejected(what + " " + new String(response.body()));
        }
        throw new IOException(what);
    }
}
