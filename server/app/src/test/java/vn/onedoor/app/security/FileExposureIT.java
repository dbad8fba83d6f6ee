package vn.onedoor.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;

/**
 * Nothing of the machine is served but what the product ships: the servlet context's document
 * root was the filesystem root and {@code GET /etc/passwd} returned the file. Every file outside
 * is asked for by absolute path, through {@code ..} in every encoding a client can send, in the
 * database's data directory, the working directory and through symbolic links; each answer is 404
 * (or 400 where Tomcat refuses a malformed address) and never holds a byte of the file.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileExposureIT implements DemoServerTest {

    /** Each way of writing a path {@code /a/b} that a server might resolve to the file {@code /a/b}. */
    private static final List<Function<String, String>> ENCODINGS = List.of(
            p -> p,
            p -> "/../../.." + p,
            p -> "/VAADIN/../../.." + p,
            p -> "/VAADIN" + p,
            p -> "/VAADIN/static/../../../.." + p,
            p -> "/api/v1/openapi.yml/../../.." + p,
            p -> "/kiosk/../../.." + p,
            p -> "/." + p,
            p -> "/" + p,
            p -> "/.." + p.replace("/", "%2f"),
            p -> "/%2e%2e/%2e%2e" + p,
            p -> "/%252e%252e/%252e%252e" + p,
            p -> "/..%5c..%5c" + p.substring(1).replace("/", "%5c"),
            p -> "/%c0%ae%c0%ae/%c0%ae%c0%ae" + p,
            p -> "/..;/..;" + p,
            p -> "/VAADIN/..;/..;" + p,
            p -> p + "%00.css",
            p -> p + ";.css",
            p -> p + "?v-r=uidl",
            p -> p.replace("/", "%2F"),
            p -> p.replace("e", "%65"));

    @Inject EmbeddedServer server;
    @Value("${datasources.default.url}") String databaseUrl;
    @Value("${datasources.default.username}") String databaseUser;
    @Value("${datasources.default.password:}") String databasePassword;

    private final List<Path> links = new ArrayList<>();
    private Path outside;

    @BeforeAll
    void placeFilesAndLinks() throws IOException {
        outside = Files.createTempDirectory("onedoor-outside-");
        Files.writeString(outside.resolve("secret.txt"), "SECRET-OUTSIDE-THE-PRODUCT");
        // A link in the working directory and one inside a classpath resources folder, both leading out.
        links.add(Files.createSymbolicLink(Path.of("onedoor-link-" + ProcessHandle.current().pid()).toAbsolutePath(), outside));
        Path resources = Files.createDirectories(Path.of("target/test-classes/META-INF/resources").toAbsolutePath());
        links.add(Files.createSymbolicLink(resources.resolve("escape"), outside));
    }

    @AfterAll
    void removeThem() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
        Files.deleteIfExists(outside.resolve("secret.txt"));
        Files.deleteIfExists(outside);
    }

    @Test
    void no_file_outside_the_product_is_served_in_any_encoding() throws Exception {
        String dataDir = databaseDataDirectory();
        String cwd = Path.of("").toAbsolutePath().toString();
        String link = links.get(0).getFileName().toString();
        // path asked for -> a piece of the file's content that must never come back
        List<String[]> targets = List.of(
                new String[] {"/etc/hostname", Files.readString(Path.of("/etc/hostname")).strip()},
                new String[] {"/etc/passwd", "root:x:0:0"},
                new String[] {"/proc/self/environ", "PATH="},
                new String[] {dataDir + "/aria_log_control", null},
                new String[] {cwd + "/pom.xml", "<artifactId>"},
                new String[] {"/pom.xml", "<artifactId>"},
                new String[] {outside + "/secret.txt", "SECRET-OUTSIDE"},
                new String[] {"/" + link + "/secret.txt", "SECRET-OUTSIDE"},
                new String[] {cwd + "/" + link + "/secret.txt", "SECRET-OUTSIDE"},
                new String[] {"/escape/secret.txt", "SECRET-OUTSIDE"});
        List<String> served = new ArrayList<>();
        int asked = 0;
        for (String[] target : targets) {
            for (Function<String, String> encoding : ENCODINGS) {
                String path = encoding.apply(target[0]);
                Answer answer = get(path);
                asked++;
                boolean refused = answer.status == 404 || answer.status == 400;
                boolean leaked = target[1] != null && answer.body.contains(target[1]);
                if (!refused || leaked) {
                    served.add(answer.status + " " + path);
                }
            }
        }
        assertThat(served).as("of %d requests, these were answered", asked).isEmpty();
        assertThat(asked).isEqualTo(targets.size() * ENCODINGS.size());
    }

    @Test
    void what_the_product_ships_is_still_served() throws Exception {
        assertThat(get("/VAADIN/static/push/vaadinPush-min.js").status).isEqualTo(200);
        assertThat(get("/styles/onedoor.css").body).contains("OneDoor");
        assertThat(get("/kiosk?device=demo-kiosk-1").status).isEqualTo(200);
        assertThat(get("/api/v1/health").status).isEqualTo(200);
    }

    @Test
    void an_unknown_address_gets_a_vietnamese_404_page_with_a_way_home() throws Exception {
        Answer answer = get("/dat-lich");

        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.body).contains("Không tìm thấy trang").contains("href='/'").doesNotContain("Tomcat");
    }

    private String databaseDataDirectory() throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                ResultSet rs = c.createStatement().executeQuery("SELECT @@datadir")) {
            rs.next();
            return rs.getString(1).replaceFirst("/$", "");
        }
    }

    private record Answer(int status, String body) {}

    /** The request line exactly as written: no client normalises it first. */
    private Answer get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = response.lines().findFirst().orElse("");
            int status = statusLine.length() >= 12 ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }
}
