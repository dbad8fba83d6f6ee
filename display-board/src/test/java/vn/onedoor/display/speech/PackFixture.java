package vn.onedoor.display.speech;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/** Builds a center's voice pack in a folder: WAVs of constant samples, so their bytes are known. */
final class PackFixture {

    static final AudioFormat PACK_FORMAT = new AudioFormat(16_000, 16, 1, true, false);

    private final Path dir;
    private final StringBuilder manifest = new StringBuilder("# a center's own recordings\n");

    PackFixture(Path dir) {
        this.dir = dir;
    }

    /** A segment of {@code frames} frames whose every byte is {@code value}. */
    PackFixture segment(String id, int frames, byte value) throws IOException {
        return segment(id, PACK_FORMAT, frames, value);
    }

    PackFixture segment(String id, AudioFormat format, int frames, byte value) throws IOException {
        byte[] pcm = new byte[frames * format.getFrameSize()];
        Arrays.fill(pcm, value);
        Files.write(dir.resolve(id + ".wav"), Wav.write(format, pcm));
        return listed(id, id + ".wav");
    }

    /** Lists {@code id} in the manifest, whether or not its file exists. */
    PackFixture listed(String id, String file) {
        manifest.append(id).append(".file=").append(file).append('\n').append(id).append(".text=giọng ").append(id)
                .append('\n');
        return this;
    }

    VoicePack pack() throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve("manifest.properties"), StandardCharsets.UTF_8)) {
            out.write(manifest.toString());
        }
        return VoicePack.fromDirectory(dir);
    }
}
