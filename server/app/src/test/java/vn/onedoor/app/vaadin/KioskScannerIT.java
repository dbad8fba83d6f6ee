package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.EmbeddedAgentTest;
import vn.onedoor.app.device.EmbeddedAgent;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.device.DeviceInput;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.DeviceInputs;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.PeripheralKind;
import vn.onedoor.device.Peripherals;
import vn.onedoor.drivers.serial.SocatPair;
import vn.onedoor.drivers.transport.SerialTransport;

/**
 * A serial QR scanner at the demo kiosk, on a socat pty, read by the real embedded agent and sent
 * over HTTP to the server: the scan reaches the kiosk's screen, which opens the dossier lookup
 * with it, or fills the rating door when the citizen is there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskScannerIT implements EmbeddedAgentTest {

    private static final Path DATA_DIR = EmbeddedAgentTest.tempDir("onedoor-scanner-it");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject BeanContext beans;
    @Inject EmbeddedAgent embedded;
    @Inject Peripherals peripherals;
    @Inject DeviceRegistry registry;
    @Inject DeviceInputs inputs;
    @Inject DemoDossiers dossiers;
    @Inject DeviceHealth health;

    private SocatPair socat;
    private SerialTransport scanner;
    private long kioskId;
    private final BlockingQueue<DeviceInput> heard = new LinkedBlockingQueue<>();
    private DeviceInputs.Registration listening;

    @Override
    public Path dataDir() {
        return DATA_DIR;
    }

    /** The kiosk's scanner is plugged in: the agent opens it once its configuration changes, which a first scan proves. */
    @BeforeAll
    void plugInTheScanner() throws Exception {
        socat = SocatPair.start(DATA_DIR, Duration.ofSeconds(5));
        kioskId = registry.authenticate(DemoCenter.KIOSK_TOKEN).orElseThrow().deviceId();
        peripherals.add(embedded.agentDeviceId(), PeripheralKind.SCANNER, "Máy quét QR ki-ốt", kioskId, null,
                Map.of("transport", "serial", "path", socat.a(), "baud", "9600"));
        scanner = SerialTransport.open(socat.b(), 9600);
        listening = inputs.forKiosk(kioskId, heard::add);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        DeviceInput first = null;
        for (int probe = 1; first == null && System.nanoTime() < deadline; probe++) {
            scan("PROBE-" + probe);
            first = heard.poll(500, TimeUnit.MILLISECONDS);
        }
        assertThat(first).as("a scan heard through the agent within " + TIMEOUT + "; the agent's last heartbeat: "
                + health.of(embedded.agentDeviceId())).isNotNull();
    }

    @AfterAll
    void unplug() throws Exception {
        listening.close();
        scanner.close();
        socat.close();
    }

    @BeforeEach
    void kiosk() {
        MicronautMockVaadin.setup(beans);
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", DemoCenter.KIOSK_TOKEN));
        heard.clear();
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    private void scan(String text) throws IOException {
        scanner.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_receipt_qr_scanned_at_the_home_screen_opens_the_lookup_with_that_dossier() throws Exception {
        String code = dossiers.after();

        scan("http://192.168.1.10:8080/hs/" + code);

        MicronautMockVaadin.awaitOnUi(() -> !_find(Paragraph.class, spec -> spec.withId("dossier-status")).isEmpty());
        assertThat(_get(Div.class, spec -> spec.withId("dossier-result")).getElement().getTextRecursively()).contains(code);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
        DeviceInput input = heard.poll(5, TimeUnit.SECONDS);
        while (input != null && input.value().startsWith("PROBE-")) {
            input = heard.poll(5, TimeUnit.SECONDS);
        }
        assertThat(input).isNotNull();
        assertThat(input.value()).endsWith(code);
        assertThat(input.kind()).isEqualTo("SCAN");
        assertThat(input.servesDeviceId()).as("the kiosk the scanner serves, filled in by the server").isEqualTo(kioskId);
    }

    @Test
    void a_scan_while_the_citizen_is_in_the_rating_door_fills_the_rating_door_instead() throws Exception {
        String returned = dossiers.returned();
        _click(_get(NativeButton.class, spec -> spec.withId("door-rate")));

        scan(returned);

        MicronautMockVaadin.awaitOnUi(() -> !_find(NativeButton.class, spec -> spec.withClasses("od-rating-level")).isEmpty());
        assertThat(_get(Component.class, spec -> spec.withClasses("od-kiosk-rating")).getElement().getTextRecursively())
                .contains(returned);
        assertThat(_find(Div.class, spec -> spec.withId("dossier-result"))).as("the lookup did not open").isEmpty();
    }
}
