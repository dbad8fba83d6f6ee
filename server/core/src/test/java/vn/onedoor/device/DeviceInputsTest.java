package vn.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceInputsTest {

    private final DeviceInputs hub = new DeviceInputs();

    private static DeviceInput scanFromKioskScanner(long kioskId) {
        return new DeviceInput(1, 10, 100, null, DeviceInput.SCAN, "000.00.03.H39-241122-0001", null, kioskId);
    }

    private static DeviceInput keyAtCounter(long counterId) {
        return new DeviceInput(1, 10, 200, counterId, DeviceInput.KEY, "1", 4, null);
    }

    @Test
    void a_kiosk_hears_its_own_scanner_and_not_another_kiosks_nor_a_counters_keypad() {
        List<DeviceInput> heard = new ArrayList<>();
        hub.forKiosk(7, heard::add);

        hub.onInput(scanFromKioskScanner(8));
        hub.onInput(keyAtCounter(7));
        hub.onInput(scanFromKioskScanner(7));

        assertThat(heard).singleElement().satisfies(i -> {
            assertThat(i.scan()).isTrue();
            assertThat(i.servesDeviceId()).isEqualTo(7);
        });
    }

    @Test
    void a_counter_hears_its_own_keypad_only() {
        List<DeviceInput> heard = new ArrayList<>();
        hub.forCounter(5, heard::add);

        hub.onInput(keyAtCounter(6));
        hub.onInput(scanFromKioskScanner(5));
        hub.onInput(keyAtCounter(5));

        assertThat(heard).extracting(DeviceInput::counterId).containsExactly(5L);
        assertThat(heard.get(0).key()).isTrue();
    }

    @Test
    void a_closed_registration_hears_nothing_more_and_closing_twice_is_harmless() {
        List<DeviceInput> heard = new ArrayList<>();
        DeviceInputs.Registration registration = hub.forCounter(5, heard::add);
        assertThat(hub.count()).isEqualTo(1);

        registration.close();
        registration.close();
        hub.onInput(keyAtCounter(5));

        assertThat(heard).isEmpty();
        assertThat(hub.count()).isZero();
    }

    @Test
    void a_failing_screen_does_not_keep_the_input_from_the_others() {
        List<DeviceInput> heard = new ArrayList<>();
        hub.forCounter(5, i -> {
            throw new IllegalStateException("a screen that broke");
        });
        hub.forCounter(5, heard::add);

        hub.onInput(keyAtCounter(5));

        assertThat(heard).hasSize(1);
    }
}
