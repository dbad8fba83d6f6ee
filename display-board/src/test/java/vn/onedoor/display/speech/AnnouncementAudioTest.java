package vn.onedoor.display.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnouncementAudioTest {

    private final VoicePack shipped = VoicePack.shipped();

    private static Segment parse(byte[] wav) {
        return Wav.read("assembled", new ByteArrayInputStream(wav));
    }

    @Test
    void a_call_lasts_as_long_as_its_segments_and_the_gaps_between_them() {
        Duration gap = Duration.ofMillis(100);
        AnnouncementAudio audio = new AnnouncementAudio(new Announcement(), shipped, gap);
        List<String> ids = new Announcement().call("A1024", 3);

        Segment wav = parse(audio.wavFor("A1024", 3));

        long frames = ids.stream().mapToLong(id -> shipped.segment(id).frames()).sum() + (ids.size() - 1) * 1600L;
        assertThat(ids).hasSize(11);
        assertThat(wav.frames()).isEqualTo(frames);
        assertThat(Wav.describe(wav.format())).isEqualTo("16000 Hz mono 16-bit PCM");
        Duration parts = ids.stream().map(id -> shipped.segment(id).duration()).reduce(Duration.ZERO, Duration::plus);
        assertThat(wav.duration()).isCloseTo(parts.plus(gap.multipliedBy(ids.size() - 1)), Duration.ofMillis(1));
    }

    @Test
    void segments_are_laid_end_to_end_with_silence_between(@TempDir Path dir) throws IOException {
        VoicePack pack = new PackFixture(dir).segment("hai", 3, (byte) 2).segment("ba", 2, (byte) 3).pack();
        AnnouncementAudio audio = new AnnouncementAudio(new Announcement(), pack, Duration.ofNanos(62_500 * 2));

        byte[] pcm = parse(audio.wavOf(List.of("hai", "ba", "hai"))).pcm();

        byte[] expected = {2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 3, 3, 3, 3, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2};
        assertThat(pcm).containsExactly(expected);
    }

    @Test
    void without_a_gap_the_words_touch(@TempDir Path dir) throws IOException {
        VoicePack pack = new PackFixture(dir).segment("hai", 3, (byte) 2).segment("ba", 2, (byte) 3).pack();

        byte[] pcm = parse(new AnnouncementAudio(new Announcement(), pack, Duration.ZERO).wavOf(List.of("ba", "hai")))
                .pcm();

        assertThat(pcm).containsExactly(3, 3, 3, 3, 2, 2, 2, 2, 2, 2);
    }

    @Test
    void the_wav_header_is_the_plain_44_byte_pcm_header() {
        byte[] wav = new AnnouncementAudio().wavFor("B7", 2);

        assertThat(new String(Arrays.copyOfRange(wav, 0, 4))).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(wav, 8, 16))).isEqualTo("WAVEfmt ");
        assertThat(new String(Arrays.copyOfRange(wav, 36, 40))).isEqualTo("data");
        int dataLength = (wav[40] & 0xff) | (wav[41] & 0xff) << 8 | (wav[42] & 0xff) << 16 | (wav[43] & 0xff) << 24;
        assertThat(dataLength).isEqualTo(wav.length - 44);
    }

    @Test
    void a_recording_in_another_format_is_refused_by_name(@TempDir Path dir) throws IOException {
        AudioFormat cd = new AudioFormat(44_100, 16, 1, true, false);
        VoicePack center = new PackFixture(dir).segment("ba", cd, 441, (byte) 1).pack().over(shipped);
        AnnouncementAudio audio = new AnnouncementAudio(new Announcement(), center, AnnouncementAudio.DEFAULT_GAP);

        assertThatThrownBy(() -> audio.wavFor("A1", 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("segment ba is 44100 Hz mono 16-bit PCM")
                .hasMessageContaining("16000 Hz");
    }

    @Test
    void a_call_needing_a_missing_segment_names_it(@TempDir Path dir) throws IOException {
        VoicePack partial = new PackFixture(dir).segment("ba", 10, (byte) 1).pack();
        AnnouncementAudio audio = new AnnouncementAudio(new Announcement(), partial, Duration.ZERO);

        assertThatThrownBy(() -> audio.wavFor("A1", 3)).isInstanceOfSatisfying(MissingSegmentsException.class,
                e -> assertThat(e.ids()).containsExactly(Vocabulary.INVITE, "letter-a", "mot", Vocabulary.TO_COUNTER));
    }

    @Test
    void the_chime_is_its_own_file_and_not_part_of_the_speech() {
        AnnouncementAudio audio = new AnnouncementAudio();

        Segment chime = parse(audio.chimeWav());

        assertThat(chime.duration()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
        assertThat(new Announcement().call("A1", 1)).doesNotContain(Vocabulary.CHIME);
        assertThat(chime.pcm()).isEqualTo(shipped.segment(Vocabulary.CHIME).pcm());
    }

    @Test
    void a_negative_gap_is_refused() {
        assertThatThrownBy(() -> new AnnouncementAudio(new Announcement(), shipped, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
