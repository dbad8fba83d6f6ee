package vn.onedoor.drivers.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;

/**
 * The agent's promise to the server, on disk: a command is written here (and forced to the disk)
 * before the agent acknowledges it, its result is written here before it is reported, and both go
 * only once the server has the result. After a crash, commands without a result run again and
 * results not yet reported are reported. A crash between the printer taking the bytes and the
 * result reaching the disk prints that ticket twice: at least once, never zero times.
 */
public final class CommandJournal {

    private static final Pattern FILE = Pattern.compile("(command|result)-(\\d+)\\.json");

    private final Path dir;

    public CommandJournal(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal " + dir, e);
        }
    }

    public boolean contains(long commandId) {
        return Files.exists(command(commandId)) || Files.exists(result(commandId));
    }

    public void store(Command command) throws IOException {
        writeDurably(command(command.id()), Wire.JSON.writeValueAsBytes(command));
    }

    public void recordResult(long commandId, CommandResult result) throws IOException {
        writeDurably(result(commandId), Wire.JSON.writeValueAsBytes(result));
    }

    /** The server has the result: the command is over. */
    public void remove(long commandId) throws IOException {
        Files.deleteIfExists(result(commandId));
        Files.deleteIfExists(command(commandId));
    }

    /** Commands taken but not finished, oldest first. */
    public List<Command> unfinished() throws IOException {
        List<Command> commands = new ArrayList<>();
        for (long id : ids("command")) {
            if (!Files.exists(result(id))) {
                commands.add(Wire.JSON.readValue(command(id).toFile(), Command.class));
            }
        }
        commands.sort(Comparator.comparingLong(Command::id));
        return commands;
    }

    /** Results the server has not confirmed, by command id. */
    public Map<Long, CommandResult> unreported() throws IOException {
        Map<Long, CommandResult> results = new TreeMap<>();
        for (long id : ids("result")) {
            results.put(id, Wire.JSON.readValue(result(id).toFile(), CommandResult.class));
        }
        return results;
    }

    private List<Long> ids(String kind) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .filter(m -> m.group(1).equals(kind))
                    .map(m -> Long.parseLong(m.group(2)))
                    .sorted()
                    .toList();
        }
    }

    private Path command(long id) {
        return dir.resolve("command-" + id + ".json");
    }

    private Path result(long id) {
        return dir.resolve("result-" + id + ".json");
    }

    /** Written aside, forced to the disk, then renamed: a power cut leaves the old file or the new, never half. */
    static void writeDurably(Path target, byte[] content) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
