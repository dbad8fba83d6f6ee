package vn.onedoor.drivers.agent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import vn.onedoor.drivers.sim.PrintedTicket;

/**
 * How an agent is started.
 *
 * @param server           the OneDoor server, e.g. {@code http://10.0.0.5:8080}
 * @param pairingCode      the one-time code from the admin screen; empty once a token is stored
 * @param dataDir          the device token and the command journal live here
 * @param simulatorDir     where simulated printers write their PNGs and PDFs
 * @param onSimulatedPrint told of each ticket a simulated printer cut (the embedded agent's tests listen)
 * @param pollWait         how long one long poll for commands waits on the server
 * @param onSimulatedDocument told of each PDF file a simulated document printer wrote
 */
public record AgentOptions(URI server, Optional<String> pairingCode, Path dataDir, Path simulatorDir,
        Consumer<PrintedTicket> onSimulatedPrint, Duration pollWait, Consumer<Path> onSimulatedDocument) {

    public AgentOptions(URI server, Optional<String> pairingCode, Path dataDir, Path simulatorDir,
            Consumer<PrintedTicket> onSimulatedPrint, Duration pollWait) {
        this(server, pairingCode, dataDir, simulatorDir, onSimulatedPrint, pollWait, file -> { });
    }

    public AgentOptions {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(pairingCode, "pairingCode");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(simulatorDir, "simulatorDir");
        Objects.requireNonNull(onSimulatedPrint, "onSimulatedPrint");
        Objects.requireNonNull(pollWait, "pollWait");
        Objects.requireNonNull(onSimulatedDocument, "onSimulatedDocument");
    }

    /** {@code --server URL [--pairing-code CODE] [--data-dir DIR] [--simulator-dir DIR]} (also {@code --x=v}). */
    public static AgentOptions parse(String[] args, Path home) {
        URI server = null;
        String code = null;
        Path dataDir = home.resolve(".onedoor-agent");
        Path simulatorDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            switch (arg) {
                case "--server" -> server = URI.create(value);
                case "--pairing-code" -> code = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--simulator-dir" -> simulatorDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (server == null || !"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new IllegalArgumentException("--server http(s)://host:port is required");
        }
        return new AgentOptions(server, Optional.ofNullable(code).filter(c -> !c.isBlank()), dataDir,
                simulatorDir != null ? simulatorDir : dataDir.resolve("printed"), t -> { }, Duration.ofSeconds(20));
    }
}
