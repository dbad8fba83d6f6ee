package vn.onedoor.display.speech;

import java.time.Duration;
import javax.sound.sampled.AudioFormat;

/** One recorded segment of a voice pack: its PCM samples and their format. */
public record Segment(String id, AudioFormat format, byte[] pcm) {

    public Segment {
        if (pcm.length % format.getFrameSize() != 0) {
            throw new IllegalArgumentException(id + ": " + pcm.length + " bytes is not a whole number of frames");
        }
        pcm = pcm.clone();
    }

    /** A copy: a pack keeps its segments for every call, so no caller may change them. */
    @Override
    public byte[] pcm() {
        return pcm.clone();
    }

    public long frames() {
        return pcm.length / format.getFrameSize();
    }

    public Duration duration() {
        return Duration.ofNanos(Math.round(frames() * 1e9 / format.getSampleRate()));
    }
}
