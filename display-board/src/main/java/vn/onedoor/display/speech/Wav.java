package vn.onedoor.display.speech;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads a WAV of signed PCM (any chunks a recorder adds) and writes the plain 44-byte form. */
final class Wav {

    private static final int HEADER = 44;

    private Wav() {
    }

    static Segment read(String id, InputStream in) {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            AudioFormat format = audio.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.isBigEndian()) {
                throw new IllegalArgumentException(id + ": " + describe(format)
                        + " is not signed little-endian PCM; convert it, e.g. sox in.wav -b 16 -e signed-integer out.wav");
            }
            return new Segment(id, format, audio.readAllBytes());
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalArgumentException(id + ": not a WAV file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(id + ": " + e.getMessage(), e);
        }
    }

    static byte[] write(AudioFormat format, byte[] pcm) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        int rate = Math.round(format.getSampleRate());
        out.put("RIFF".getBytes(US_ASCII)).putInt(HEADER - 8 + pcm.length)
                .put("WAVEfmt ".getBytes(US_ASCII)).putInt(16)
                .putShort((short) 1) // PCM
                .putShort((short) format.getChannels()).putInt(rate).putInt(rate * format.getFrameSize())
                .putShort((short) format.getFrameSize()).putShort((short) format.getSampleSizeInBits())
                .put("data".getBytes(US_ASCII)).putInt(pcm.length).put(pcm);
        return out.array();
    }

    /** "16000 Hz mono 16-bit PCM", as the manifest writes the pack's format. */
    static String describe(AudioFormat format) {
        String channels = format.getChannels() == 1 ? "mono" : format.getChannels() + " channels";
        return Math.round(format.getSampleRate()) + " Hz " + channels + " " + format.getSampleSizeInBits() + "-bit "
                + (format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED ? "PCM" : format.getEncoding().toString());
    }

    static boolean sameFormat(AudioFormat a, AudioFormat b) {
        return a.getEncoding().equals(b.getEncoding()) && a.getSampleRate() == b.getSampleRate()
                && a.getChannels() == b.getChannels() && a.getSampleSizeInBits() == b.getSampleSizeInBits()
                && a.isBigEndian() == b.isBigEndian();
    }
}
