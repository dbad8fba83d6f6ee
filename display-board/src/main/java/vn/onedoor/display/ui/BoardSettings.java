package vn.onedoor.display.ui;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * What a center sets for its boards ({@code onedoor.board.*}): how many past calls to list, the
 * news ticker's text (empty: the bundled welcome line), and whether the voice speaks (the chime
 * always sounds).
 */
@Singleton
public class BoardSettings {

    private final int recentCalls;
    private final String ticker;
    private final boolean speech;

    public BoardSettings(@Value("${onedoor.board.recent-calls:6}") int recentCalls,
            @Value("${onedoor.board.ticker:}") String ticker,
            @Value("${onedoor.board.speech:true}") boolean speech) {
        if (recentCalls < 1 || recentCalls > 20) {
            throw new IllegalArgumentException("onedoor.board.recent-calls must be 1..20, not " + recentCalls);
        }
        this.recentCalls = recentCalls;
        this.ticker = ticker == null ? "" : ticker.strip();
        this.speech = speech;
    }

    public int recentCalls() {
        return recentCalls;
    }

    public String ticker() {
        return ticker;
    }

    public boolean speech() {
        return speech;
    }
}
