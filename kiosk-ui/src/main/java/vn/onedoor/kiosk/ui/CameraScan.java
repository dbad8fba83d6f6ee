package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import java.util.function.Consumer;
import vn.onedoor.device.CameraFrames;

/**
 * "Quét bằng camera": the kiosk's webcam reads the receipt's QR. The browser opens the camera,
 * draws a frame every {@value #EVERY_MS} ms onto a canvas no wider than {@value #FRAME_WIDTH} px
 * and sends it as a JPEG data URL; the server decodes it ({@link CameraFrames}) and, at the first
 * code, stops the camera and hands the text to {@code onCode}. One frame is in flight at a time.
 */
final class CameraScan extends Div {

    static final int EVERY_MS = 300;
    static final int FRAME_WIDTH = 640;
    private static final Set<String> PROBLEMS = Set.of("NO_CAMERA", "DENIED", "INSECURE", "OTHER");

    private final Consumer<String> onCode;
    private final Paragraph message = new Paragraph();

    CameraScan(Consumer<String> onCode) {
        this.onCode = onCode;
        addClassName("od-camera");
        setId("camera-scan");
        NativeButton start = new NativeButton(getTranslation("kiosk.camera.start"), e -> start());
        start.setId("camera-start");
        start.addClassName("od-camera-start");
        Element video = new Element("video");
        video.setAttribute("playsinline", true);
        video.setAttribute("muted", true);
        video.getClassList().add("od-camera-video");
        message.addClassName("od-camera-message");
        message.setId("camera-message");
        add(start, message);
        getElement().appendChild(video);
        state("OFF");
    }

    private void start() {
        message.setText(getTranslation("kiosk.camera.looking"));
        state("LOOKING");
        getElement().executeJs("""
                const host = this; const video = host.querySelector('video');
                if (host.odStream) return;
                if (!window.isSecureContext) { host.$server.failed('INSECURE'); return; }
                if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { host.$server.failed('NO_CAMERA'); return; }
                navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false })
                  .then(stream => {
                    host.odStream = stream; video.srcObject = stream; video.play();
                    host.odStop = () => { clearInterval(host.odTimer); stream.getTracks().forEach(t => t.stop());
                      host.odStream = null; host.odStop = null; video.srcObject = null; };
                    const canvas = document.createElement('canvas'); let busy = false;
                    host.odTimer = setInterval(() => {
                      // the screen went (idle timeout, back, another door): the camera must not stay on
                      if (!host.isConnected) { host.odStop(); return; }
                      if (busy || video.readyState < 2 || !video.videoWidth) return;
                      const scale = Math.min(1, $0 / video.videoWidth);
                      canvas.width = Math.round(video.videoWidth * scale); canvas.height = Math.round(video.videoHeight * scale);
                      canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
                      busy = true;
                      host.$server.frame(canvas.toDataURL('image/jpeg', 0.85)).finally(() => { busy = false; });
                    }, $1);
                  })
                  .catch(e => host.$server.failed(e && (e.name === 'NotAllowedError' || e.name === 'SecurityError') ? 'DENIED'
                      : e && (e.name === 'NotFoundError' || e.name === 'OverconstrainedError') ? 'NO_CAMERA' : 'OTHER'));""",
                FRAME_WIDTH, EVERY_MS);
    }

    /** A frame from the camera; the first one with a QR code ends the scan. */
    @ClientCallable
    public void frame(String dataUrl) {
        if (!"LOOKING".equals(getElement().getAttribute("data-state"))) {
            return;
        }
        CameraFrames.decode(dataUrl).ifPresent(text -> {
            stop();
            message.setText("");
            onCode.accept(text);
        });
    }

    /** The browser could not open the camera: no camera, permission refused, a page not served securely, or else. */
    @ClientCallable
    public void failed(String reason) {
        stop();
        message.setText(getTranslation("kiosk.camera." + (PROBLEMS.contains(reason) ? reason : "OTHER")));
    }

    private void stop() {
        state("OFF");
        getElement().executeJs("if (this.odStop) this.odStop()");
    }

    private void state(String state) {
        getElement().setAttribute("data-state", state);
    }
}
