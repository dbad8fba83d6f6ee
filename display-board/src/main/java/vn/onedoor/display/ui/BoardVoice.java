package vn.onedoor.display.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.display.speech.Announcement;
import vn.onedoor.display.speech.AnnouncementAudio;
import vn.onedoor.display.speech.VoicePack;
import vn.onedoor.display.speech.Vocabulary;

/**
 * Says a call out loud on the board: a chime, then the Vietnamese announcement assembled from the
 * voice pack. A center replaces the shipped pack with its own recordings in
 * {@code onedoor.board.voice-pack} (a folder with a manifest); missing words fall back to the
 * shipped voice. The sounds go to the browser's single playback queue, so calls never overlap.
 */
@Singleton
public class BoardVoice {

    static final String SCRIPT = "context://scripts/onedoor-board-audio.js";
    private static final Logger LOG = LoggerFactory.getLogger(BoardVoice.class);
    /** Sound files a board keeps registered: enough for a burst of calls still queued in the browser. */
    private static final int KEPT_SOUNDS = 24;
    private static final String KEPT_KEY = BoardVoice.class.getName() + ".sounds";

    private final AnnouncementAudio audio;

    public BoardVoice(@Value("${onedoor.board.voice-pack:}") String voicePack) {
        VoicePack pack = voicePack.isBlank() ? VoicePack.shipped()
                : VoicePack.fromDirectory(Path.of(voicePack)).over(VoicePack.shipped());
        pack.requireAll(Vocabulary.segments().keySet());
        LOG.info("Board voice: {}", pack.name());
        this.audio = new AnnouncementAudio(new Announcement(), pack, AnnouncementAudio.DEFAULT_GAP);
    }

    /** How the voice speaks: at all, how loud (0–100 %), how many times a call. */
    record Voice(boolean speaks, int volumePercent, int repeats) {}

    /** Loads the playback queue into the board's page and sets how the voice speaks. */
    void prepare(UI ui, Voice voice) {
        ui.getPage().addJavaScript(SCRIPT);
        ui.getPage().executeJs("window.onedoorBoard && window.onedoorBoard.setVoice($0, $1, $2)", !voice.speaks(),
                voice.volumePercent() / 100.0, voice.repeats());
    }

    /** The chime always sounds; the voice speaks unless muted in the browser's queue. */
    void announce(Component anchor, String number, int counterNumber) {
        anchor.getElement().setAttribute("aria-label", anchor.getTranslation("board.announcement", number, counterNumber));
        UI ui = anchor.getUI().orElseThrow();
        String chime = register(ui, "chime.wav", audio.chimeWav());
        String speech = register(ui, "call-" + number.replaceAll("[^A-Za-z0-9]", "") + "-" + counterNumber + ".wav",
                audio.wavFor(number, counterNumber));
        ui.getPage().executeJs("window.onedoorBoard.enqueue($0, $1)", chime, speech);
    }

    /** Registers a sound for this board's session and forgets the oldest, so a day of calls holds no memory. */
    @SuppressWarnings("unchecked")
    private static String register(UI ui, String name, byte[] wav) {
        StreamResource resource = new StreamResource(name, () -> new ByteArrayInputStream(wav));
        resource.setContentType("audio/wav");
        var session = ui.getSession();
        StreamRegistration registration = session.getResourceRegistry().registerResource(resource);
        Deque<StreamRegistration> kept = (Deque<StreamRegistration>) session.getAttribute(KEPT_KEY);
        if (kept == null) {
            kept = new ArrayDeque<>();
            session.setAttribute(KEPT_KEY, kept);
        }
        kept.addLast(registration);
        while (kept.size() > KEPT_SOUNDS) {
            kept.removeFirst().unregister();
        }
        return registration.getResourceUri().toString();
    }
}
