package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import vn.onedoor.device.DeviceInputs;

/**
 * The kiosk's serial scanner as its screen hears it: the scans of the scanner that serves this
 * session's kiosk, handed to the screen's UI thread, for as long as the screen is shown.
 */
final class KioskScanner {

    private final DeviceInputs inputs;
    private DeviceInputs.Registration registration;

    KioskScanner(DeviceInputs inputs) {
        this.inputs = inputs;
    }

    /** Hears this session's kiosk (again: the router reuses the view for another {@code ?device=}). */
    void follow(UI ui, Consumer<String> scanned) {
        stop();
        SessionCenter.device().ifPresent(kiosk -> registration = inputs.forKiosk(kiosk.deviceId(), input -> {
            if (input.scan()) {
                ui.access(() -> scanned.accept(input.value()));
            }
        }));
    }

    void stop() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
