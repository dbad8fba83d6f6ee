package vn.onedoor.drivers.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The server's agent endpoints in a JDK HTTP server, recording what the agent sends. Codes are read as the server reads them. */
final class FakeServer implements AutoCloseable {

    static final String CODE = "ABCD2345";
    static final String TOKEN = "tok-1";

    final BlockingQueue<List<Wire.Command>> toDeliver = new LinkedBlockingQueue<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final BlockingQueue<Map.Entry<Long, Wire.CommandResult>> results = new LinkedBlockingQueue<>();
    final BlockingQueue<Wire.Heartbeat> heartbeats = new LinkedBlockingQueue<>();
    final AtomicInteger failConfigTimes = new AtomicInteger();
    volatile Wire.AgentConfig config;
    private final HttpServer http;
    private boolean paired;

    FakeServer(Wire.AgentConfig config) throws IOException {
        this.config = config;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(Executors.newCachedThreadPool());
        http.createContext("/api/v1/agent/", this::handle);
        http.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    long count(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).count();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath().substring("/api/v1/agent/".length());
        byte[] body = x.getRequestBody().readAllBytes();
        calls.add(path);
        try {
            if (path.equals("pair")) {
                JsonNode request = Wire.JSON.readTree(body);
                synchronized (this) {
                    if (paired || !CODE.equals(request.path("code").asText().replace("-", "").toUpperCase())) {
                        reply(x, 401, "{\"code\":\"PAIRING_CODE_INVALID\"}");
                        return;
                    }
                    paired = true;
                }
                reply(x, 200, Wire.JSON.writeValueAsString(new Wire.PairResponse(7, 1, TOKEN)));
                return;
            }
            if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                reply(x, 401, "{}");
                return;
            }
            if (path.equals("config")) {
                if (failConfigTimes.getAndDecrement() > 0) {
                    reply(x, 503, "{}");
                    return;
                }
                reply(x, 200, Wire.JSON.writeValueAsString(config));
            } else if (path.equals("commands")) {
                List<Wire.Command> next = toDeliver.poll(300, TimeUnit.MILLISECONDS);
                reply(x, 200, Wire.JSON.writeValueAsString(next == null ? List.of() : next));
            } else if (path.matches("commands/\\d+/ack")) {
                reply(x, 200, "{}");
            } else if (path.matches("commands/\\d+/result")) {
                long id = Long.parseLong(path.split("/")[1]);
                results.add(Map.entry(id, Wire.JSON.readValue(body, Wire.CommandResult.class)));
                reply(x, 200, "{}");
            } else if (path.equals("heartbeat")) {
                heartbeats.add(Wire.JSON.readValue(body, Wire.Heartbeat.class));
                reply(x, 200, Wire.JSON.writeValueAsString(new Wire.HeartbeatReply(config.configVersion())));
            } else {
                reply(x, 404, "{}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(x, 503, "{}");
        }
    }

    private static void reply(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
