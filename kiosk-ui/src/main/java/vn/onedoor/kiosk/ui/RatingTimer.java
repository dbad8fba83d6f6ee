package vn.onedoor.kiosk.ui;

import com.vaadin.flow.dom.Element;

/**
 * The terminal's timers run in the browser, like the kiosk's idle timer: any touch or key restarts
 * the running one, and only its expiry costs a round trip ({@code $server.timeUp(screen)}).
 */
final class RatingTimer {

    private RatingTimer() {}

    static void install(Element view) {
        view.executeJs("""
                const view = this; let timer; let seconds = 0; let armedFor = 0;
                view.odArm = (s, screen) => { seconds = s; armedFor = screen; clearTimeout(timer);
                  if (s > 0) timer = setTimeout(() => view.$server.timeUp(armedFor), s * 1000); };
                ['pointerdown', 'keydown', 'input'].forEach(type => document.addEventListener(type,
                  () => { if (seconds > 0) view.odArm(seconds, armedFor); }, true));""");
    }

    /** Starts the timer of a screen; zero seconds stops it. */
    static void arm(Element view, int seconds, int screen) {
        view.executeJs("if (this.odArm) this.odArm($0, $1)", seconds, screen);
    }
}
