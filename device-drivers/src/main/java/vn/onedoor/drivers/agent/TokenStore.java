package vn.onedoor.drivers.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The device token in the agent's data directory, readable by its owner only where the OS allows. */
public final class TokenStore {

    private final Path file;

    public TokenStore(Path dataDir) {
        this.file = dataDir.resolve("device-token");
    }

    public Optional<String> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    public void write(String token) throws IOException {
        Files.createDirectories(file.getParent());
        CommandJournal.writeDurably(file, token.getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the data directory's own permissions protect it.
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
