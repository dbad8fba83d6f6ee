package vn.onedoor.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.app.device.Eventually;

/**
 * The event stream under listeners that come and go: a committed ticket was once answered 500
 * when an event reached a stream Tomcat had closed after 30 s ("output buffer recycled"), and
 * kiosks that do not retry printed nothing. Tickets are issued for longer than that timeout while
 * listeners disconnect, stall and read slowly; every issue succeeds, the stream stays open, and
 * a listener that reconnects with Last-Event-ID receives every event.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamIT implements DemoServerTest {

    /** Longer than Tomcat's default async timeout of 30 s, which used to close every stream. */
    private static final Duration LOAD = Duration.ofSeconds(34);
    private static final Pattern TICKET_NUMBER = Pattern.compile("\"number\":\"([A-Z]-\\d{4})\"");

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** The two listeners whose events are counted are subscribed before the first ticket. */
    private final CountDownLatch subscribed = new CountDownLatch(2);

    @Test
    void every_ticket_is_issued_and_every_event_reaches_a_reconnecting_listener_while_others_come_and_go()
            throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        Set<String> issued = ConcurrentHashMap.newKeySet();
        List<String> failures = new ArrayList<>();
        AtomicInteger requests = new AtomicInteger();
        Reconnecting faithful = new Reconnecting();
        List<Future<?>> listeners = new ArrayList<>();
        listeners.add(pool.submit(faithful));
        OneStream longLived = new OneStream();
        listeners.add(pool.submit(longLived));
        for (int i = 0; i < 3; i++) {
            listeners.add(pool.submit(this::stalled));
            listeners.add(pool.submit(this::slowReader));
            listeners.add(pool.submit(this::hangsUpAfterAFewEvents));
        }
        assertThat(subscribed.await(30, TimeUnit.SECONDS)).as("listeners subscribed").isTrue();
        List<Future<?>> kiosks = new ArrayList<>();
        long end = System.nanoTime() + LOAD.toNanos();
        for (int k = 0; k < 4; k++) {
            int kiosk = k;
            kiosks.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = issue("k" + kiosk + "-" + n++);
                    requests.incrementAndGet();
                    Matcher m = TICKET_NUMBER.matcher(r.body());
                    if (r.statusCode() != 201 || !m.find()) {
                        synchronized (failures) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } else {
                        issued.add(m.group(1));
                    }
                    pace(40);
                }
                return null;
            }));
        }
        for (Future<?> k : kiosks) {
            k.get(LOAD.toSeconds() + 60, TimeUnit.SECONDS);
        }

        assertThat(failures).as("of %d issues, these failed", requests.get()).isEmpty();
        assertThat(issued).hasSizeGreaterThan(100);
        awaitQuietly(() -> faithful.seen.containsAll(issued));
        assertThat(faithful.seen).as("the reconnecting listener's tickets").containsAll(issued);
        assertThat(faithful.reconnects.get()).as("the faithful listener hung up and came back").isGreaterThan(3);
        awaitQuietly(() -> longLived.seen.containsAll(issued));
        assertThat(longLived.seen).as("the long-lived listener's tickets").containsAll(issued);
        assertThat(longLived.connections.get()).as("one stream stayed open past 30 s").isEqualTo(1);
        running.set(false);
        pool.shutdownNow();
    }

    /** Waits for the condition; the assertion that follows says what is missing if it never holds. */
    private static void awaitQuietly(java.util.function.BooleanSupplier condition) {
        try {
            Eventually.await("all events", Duration.ofSeconds(20), condition);
        } catch (AssertionError e) {
            // the assertion after this call names what is missing
        }
    }

    private HttpResponse<String> issue(String key) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/centers/1/tickets"))
                .header("Authorization", "Bearer demo-kiosk-1").header("Content-Type", "application/json")
                .header("Idempotency-Key", "events-it-" + key).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"serviceGroupId\":1}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a stream on a raw socket; {@code lastEventId} may be null. */
    private Socket open(String lastEventId, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.getPort()), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/centers/1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo-board-1\r\n"
                + "Accept: text/event-stream\r\n" + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n")
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    /**
     * Reads events, hangs up every 40 and reconnects from the last id it saw. The socket carries
     * HTTP chunks, so an event counts as read at its blank line, after its id and its data.
     */
    private final class Reconnecting implements java.util.concurrent.Callable<Void> {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger reconnects = new AtomicInteger();

        @Override
        public Void call() throws Exception {
            String lastId = null;
            while (running.get()) {
                try (Socket socket = open(lastId, 0)) {
                    BufferedReader in = reader(socket);
                    int events = 0;
                    String id = null;
                    String ticket = null;
                    for (String line = in.readLine(); line != null && running.get(); line = in.readLine()) {
                        Matcher m = TICKET_NUMBER.matcher(line);
                        if (line.startsWith(": connected") && reconnects.get() == 0) {
                            subscribed.countDown();
                        } else if (line.startsWith("id: ")) {
                            id = line.substring(4);
                        } else if (line.startsWith("data: ") && m.find()) {
                            ticket = m.group(1);
                        } else if (line.isEmpty() && id != null && ticket != null) {
                            seen.add(ticket);
                            lastId = id;
                            id = null;
                            ticket = null;
                            if (++events >= 40) {
                                break;
                            }
                        }
                    }
                }
                reconnects.incrementAndGet();
            }
            return null;
        }
    }

    /** One stream held for the whole test. */
    private final class OneStream implements java.util.concurrent.Callable<Void> {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger connections = new AtomicInteger();

        @Override
        public Void call() throws Exception {
            try (Socket socket = open(null, 0)) {
                connections.incrementAndGet();
                BufferedReader in = reader(socket);
                for (String line = in.readLine(); line != null && running.get(); line = in.readLine()) {
                    if (line.startsWith(": connected")) {
                        subscribed.countDown();
                    }
                    Matcher m = TICKET_NUMBER.matcher(line);
                    if (line.startsWith("data: ") && m.find()) {
                        seen.add(m.group(1));
                    }
                }
            }
            return null;
        }
    }

    /** Connects with a tiny receive window and never reads. */
    private Void stalled() throws Exception {
        try (Socket socket = open(null, 1024)) {
            while (running.get()) {
                pace(200);
            }
        }
        return null;
    }

    /** Reads a line now and then. */
    private Void slowReader() throws Exception {
        try (Socket socket = open(null, 2048)) {
            BufferedReader in = reader(socket);
            while (running.get() && in.readLine() != null) {
                pace(50);
            }
        }
        return null;
    }

    /** Reads a few events and hangs up without a word, again and again. */
    private Void hangsUpAfterAFewEvents() throws Exception {
        while (running.get()) {
            try (Socket socket = open(null, 0)) {
                BufferedReader in = reader(socket);
                int events = 0;
                for (String line = in.readLine(); line != null && events < 3; line = in.readLine()) {
                    if (line.startsWith("id: ")) {
                        events++;
                    }
                }
                socket.setSoLinger(true, 0); // a reset, as a phone that lost its signal
            }
        }
        return null;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The pace of a client (a kiosk between citizens, a slow phone), not a wait for something to happen. */
    private static void pace(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
