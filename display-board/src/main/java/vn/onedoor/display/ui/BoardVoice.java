package vn.onedoor.display.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;

/** Says a call out loud on the board: a chime, then the Vietnamese announcement. */
@Singleton
public class BoardVoice {

    /** {@code speech} false: the chime only. */
    void announce(Component anchor, String number, int counterNumber, boolean speech) {
        anchor.getElement().setAttribute("aria-label", anchor.getTranslation("board.announcement", number, counterNumber));
    }
}
