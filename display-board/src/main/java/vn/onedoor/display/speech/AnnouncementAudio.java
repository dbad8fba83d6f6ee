package vn.onedoor.display.speech;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFormat;

/**
 * The sound of a call as ONE WAV, so the board plays one file per announcement: the segments of
 * {@link Announcement#call} back to back with a short silence between words. The chime is a
 * separate file ({@link #chimeWav()}) so the board can mute speech and still chime. All segments
 * must share one format (the shipped pack: 16 kHz mono 16-bit PCM); a center's recording in another
 * format is refused with its id and format rather than played at the wrong speed.
 */
public final class AnnouncementAudio {

    /** Silence between two words unless configured otherwise. */
    public static final Duration DEFAULT_GAP = Duration.ofMillis(60);

    private final Announcement announcement;
    private final VoicePack pack;
    private final Duration gap;

    public AnnouncementAudio(Announcement announcement, VoicePack pack, Duration gap) {
        if (gap.isNegative()) {
            throw new IllegalArgumentException("gap is negative: " + gap);
        }
        this.announcement = announcement;
        this.pack = pack;
        this.gap = gap;
    }

    /** The official reading from the shipped pack, with the default gap. */
    public AnnouncementAudio() {
        this(new Announcement(), VoicePack.shipped(), DEFAULT_GAP);
    }

    /** The WAV bytes of the call of {@code ticketNumber} to {@code counterNumber}. */
    public byte[] wavFor(String ticketNumber, int counterNumber) {
        return wavOf(announcement.call(ticketNumber, counterNumber));
    }

    /** The WAV bytes of {@code segmentIds} spoken in order, {@link #gap} apart. */
    public byte[] wavOf(List<String> segmentIds) {
        if (segmentIds.isEmpty()) {
            throw new IllegalArgumentException("nothing to say");
        }
        List<Segment> segments = pack.segments(segmentIds);
        AudioFormat format = segments.get(0).format();
        byte[] silence = new byte[gapFrames(format) * format.getFrameSize()];
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (!Wav.sameFormat(format, segment.format())) {
                throw new IllegalStateException("voice pack " + pack.name() + ": segment " + segment.id() + " is "
                        + Wav.describe(segment.format()) + " but " + segments.get(0).id() + " is "
                        + Wav.describe(format) + "; every segment must have the same format");
            }
            if (i > 0) {
                pcm.writeBytes(silence);
            }
            pcm.writeBytes(segment.pcm());
        }
        return Wav.write(format, pcm.toByteArray());
    }

    /** The chime played before every announcement, as WAV bytes. */
    public byte[] chimeWav() {
        Segment chime = pack.segment(Vocabulary.CHIME);
        return Wav.write(chime.format(), chime.pcm());
    }

    /** The configured silence between words. */
    public Duration gap() {
        return gap;
    }

    private int gapFrames(AudioFormat format) {
        return (int) Math.round(gap.toNanos() * (double) format.getSampleRate() / 1e9);
    }
}
