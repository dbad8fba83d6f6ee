package vn.onedoor.display.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicePackTest {

    private final VoicePack shipped = VoicePack.shipped();

    @Test
    void the_shipped_pack_speaks_every_segment_of_the_vocabulary_and_the_chime() {
        List<String> all = new ArrayList<>(Vocabulary.segments().keySet());
        all.add(Vocabulary.CHIME);

        assertThat(shipped.missing(all)).isEmpty();
        assertThat(shipped.ids()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void the_shipped_pack_says_what_the_vocabulary_says_so_it_was_regenerated_after_a_change() {
        Vocabulary.segments().forEach((id, text) -> assertThat(shipped.text(id)).as(id)
                .contains(text.toLowerCase(Locale.ROOT).replace('-', ' ')));
    }

    @Test
    void the_shipped_pack_is_16_khz_mono_16_bit_and_small() throws IOException {
        long bytes = 0;
        for (String id : shipped.ids()) {
            Segment segment = shipped.segment(id);
            assertThat(Wav.describe(segment.format())).as(id).isEqualTo("16000 Hz mono 16-bit PCM");
            assertThat(segment.duration()).as(id).isPositive();
            try (InputStream in = VoicePack.class.getClassLoader().getResourceAsStream(VoicePack.SHIPPED + id + ".wav")) {
                bytes += in.readAllBytes().length;
            }
        }
        assertThat(bytes).isLessThan(1_500_000);
    }

    @Test
    void a_center_pack_in_a_folder_overrides_only_the_segments_it_has(@TempDir Path dir) throws IOException {
        VoicePack center = new PackFixture(dir).segment("ba", 800, (byte) 7).pack().over(shipped);

        assertThat(center.segment("ba").frames()).isEqualTo(800);
        assertThat(center.segment("ba").pcm()).containsOnly((byte) 7);
        assertThat(center.text("ba")).contains("giọng ba");
        assertThat(center.segment("hai").pcm()).isEqualTo(shipped.segment("hai").pcm());
        assertThat(center.name()).contains(dir.toString(), "classpath:voice/vi/");
    }

    @Test
    void a_missing_segment_is_reported_by_id_and_pack(@TempDir Path dir) throws IOException {
        VoicePack center = new PackFixture(dir).segment("ba", 100, (byte) 1).listed("hai", "hai.wav").pack();

        assertThat(center.missing(List.of("ba", "hai", "mot"))).containsExactly("hai", "mot");
        assertThatThrownBy(() -> center.segment("mot")).isInstanceOf(MissingSegmentsException.class)
                .hasMessageContaining("mot").hasMessageContaining(dir.toString());
        assertThatThrownBy(() -> center.segment("hai")).isInstanceOf(MissingSegmentsException.class)
                .hasMessageContaining("hai.wav is not there");
        assertThatThrownBy(() -> center.segments(List.of("ba", "hai", "mot")))
                .isInstanceOfSatisfying(MissingSegmentsException.class,
                        e -> assertThat(e.ids()).containsExactly("hai", "mot"));
    }

    @Test
    void a_listed_file_that_is_not_there_falls_back_to_the_shipped_one(@TempDir Path dir) throws IOException {
        VoicePack center = new PackFixture(dir).listed("hai", "hai.wav").pack().over(shipped);

        assertThat(center.missing(List.of("hai"))).isEmpty();
        assertThat(center.segment("hai").pcm()).isEqualTo(shipped.segment("hai").pcm());
    }

    @Test
    void a_manifest_cannot_point_outside_its_folder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pack"));
        new PackFixture(dir).segment("ba", 10, (byte) 1);
        VoicePack pack = new PackFixture(dir.resolve("pack")).listed("ba", "../ba.wav").pack();

        assertThat(pack.missing(List.of("ba"))).containsExactly("ba");
    }

    @Test
    void a_folder_without_a_manifest_is_refused_plainly(@TempDir Path dir) {
        assertThatThrownBy(() -> VoicePack.fromDirectory(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no manifest.properties");
    }
}
