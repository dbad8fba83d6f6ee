package vn.onedoor.drivers.agent;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.onedoor.drivers.agent.Wire.AgentConfig;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.InputEvent;
import vn.onedoor.drivers.agent.internal.PeripheralRuntime;
import vn.onedoor.drivers.agent.internal.PeripheralSet;
import vn.onedoor.drivers.agent.internal.DisplayRuntime;
import vn.onedoor.drivers.agent.internal.DocumentPrinterRuntime;
import vn.onedoor.drivers.agent.internal.PrinterRuntime;
import vn.onedoor.drivers.document.SimulatedDocumentPrinter;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;

/**
 * The device agent of one hall PC: pairs once, fetches its peripherals from the server, long-polls
 * for commands, journals each before acknowledging it, runs it on the peripheral's thread and
 * reports the result; heartbeats carry every peripheral's status. Any lost connection is retried
 * with {@link Backoff}; peripherals stay open throughout.
 */
public final class Agent implements AutoCloseable {

    public static final String VERSION = "onedoor-agent/0.1";
    private static final Logger LOG = System.getLogger(Agent.class.getName());
    private static final Duration STATUS_WAIT = Duration.ofSeconds(2);

    private final AgentOptions options;
    private final ServerApi api;
    private final TokenStore tokens;
    private final CommandJournal journal;
    private final PeripheralSet peripherals;
    private final Thread main;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "agent-heartbeat"));
    private final ExecutorService results = Executors.newSingleThreadExecutor(r -> daemon(r, "agent-results"));
    private final ExecutorService inputs = Executors.newSingleThreadExecutor(r -> daemon(r, "agent-input"));
    private volatile Optional<String> pairingCode;
    private volatile int configVersion = -1;
    private volatile boolean connected;
    private volatile boolean closed;

    public Agent(AgentOptions options) {
        this.options = options;
        this.api = new ServerApi(options.server());
        this.tokens = new TokenStore(options.dataDir());
        this.journal = new CommandJournal(options.dataDir().resolve("journal"));
        this.peripherals = new PeripheralSet(options.simulatorDir(), options.onSimulatedPrint(), options.onSimulatedDocument(),
                this::sendInput);
        this.pairingCode = options.pairingCode();
        this.main = daemon(this::run, "agent-main");
    }

    public Agent start() {
        main.start();
        return this;
    }

    /** True while the agent has its configuration and is polling for commands. */
    public boolean connected() {
        return connected;
    }

    /** The simulator behind a peripheral with {@code transport=simulated}, to set paper out in a demo or test. */
    public Optional<EscPosPrinterSimulator> simulatedPrinter(long peripheralId) {
        return peripherals.get(peripheralId).filter(PrinterRuntime.class::isInstance)
                .flatMap(r -> ((PrinterRuntime) r).simulator());
    }

    /** The simulator behind a document printer with {@code transport=simulated}, to set paper out in a demo or test. */
    public Optional<SimulatedDocumentPrinter> simulatedDocumentPrinter(long peripheralId) {
        return peripherals.get(peripheralId).filter(DocumentPrinterRuntime.class::isInstance)
                .flatMap(r -> ((DocumentPrinterRuntime) r).simulator());
    }

    /** What a display with {@code transport=simulated} was sent: its frames, in order (the demo's LED displays). */
    public byte[] simulatedDisplayBytes(long peripheralId) {
        return peripherals.get(peripheralId).filter(DisplayRuntime.class::isInstance)
                .map(r -> ((DisplayRuntime) r).simulatedBytes()).orElse(new byte[0]);
    }

    private void run() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30), new Random());
        boolean replayed = false;
        while (!closed) {
            try {
                authenticate();
                AgentConfig config = applyConfig();
                connected = true;
                if (!replayed) {
                    replay();
                    replayed = true;
                    // The first beat goes at once: until the server hears one, it treats the agent as offline.
                    heartbeat.scheduleWithFixedDelay(this::beat, 0, Math.max(200, config.heartbeatMillis()), TimeUnit.MILLISECONDS);
                }
                backoff.reset();
                while (!closed) {
                    for (Command command : api.commands(options.pollWait())) {
                        take(command);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                connected = false;
                if (closed) {
                    return;
                }
                Duration wait = backoff.next();
                LOG.log(Level.WARNING, "agent: " + e + "; retrying in " + wait.toMillis() + " ms");
                if (!pause(wait)) {
                    return;
                }
            }
        }
    }

    /** A pairing code given at start is exchanged once; afterwards the stored token is used. */
    private void authenticate() throws IOException, InterruptedException {
        if (pairingCode.isPresent()) {
            Wire.PairResponse paired = api.pair(new Wire.PairRequest(pairingCode.get(), VERSION, hostname()));
            tokens.write(paired.token());
            pairingCode = Optional.empty();
            LOG.log(Level.INFO, "agent: paired as device " + paired.deviceId() + "; token stored in " + tokens);
        }
        api.useToken(tokens.read().orElseThrow(() -> new ServerApi.Unauthorized(
                "no device token in " + tokens + ": start once with --pairing-code CODE from the admin screen")));
    }

    private AgentConfig applyConfig() throws IOException, InterruptedException {
        AgentConfig config = api.config();
        peripherals.apply(config.peripherals());
        configVersion = config.configVersion();
        return config;
    }

    /** Commands journaled before a crash run now; results not yet reported are reported. */
    private void replay() throws IOException {
        for (Map.Entry<Long, CommandResult> r : journal.unreported().entrySet()) {
            report(r.getKey(), r.getValue());
        }
        for (Command command : journal.unfinished()) {
            LOG.log(Level.INFO, "agent: running command " + command.id() + " journaled before a restart");
            execute(command);
        }
    }

    private void take(Command command) throws IOException, InterruptedException {
        if (journal.contains(command.id())) {
            ackQuietly(command.id());
            return;
        }
        journal.store(command);
        ackQuietly(command.id());
        execute(command);
    }

    private void ackQuietly(long commandId) throws InterruptedException {
        try {
            api.ack(commandId);
        } catch (IOException e) {
            // Journaled already: it runs anyway, and a redelivery is recognised by its id.
            LOG.log(Level.WARNING, "agent: ack of " + commandId + " failed: " + e.getMessage());
        }
    }

    private void execute(Command command) {
        if (command.expiresAt() > 0 && System.currentTimeMillis() > command.expiresAt()) {
            finish(command, CommandResult.failed("EXPIRED", "arrived or replayed after its expiry"));
            return;
        }
        Optional<PeripheralRuntime> runtime = peripherals.get(command.peripheralId());
        if (runtime.isEmpty()) {
            finish(command, CommandResult.failed("NO_PERIPHERAL", "no peripheral " + command.peripheralId() + " on this agent"));
            return;
        }
        runtime.get().execute(command).whenComplete((result, failure) ->
                finish(command, failure == null ? result : CommandResult.failed("ERROR", failure.toString())));
    }

    private void finish(Command command, CommandResult result) {
        try {
            journal.recordResult(command.id(), result);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "agent: cannot journal the result of " + command.id(), e);
        }
        report(command.id(), result);
    }

    /** Reports on the results thread until the server has it, so results arrive in order and none is lost. */
    private void report(long commandId, CommandResult result) {
        results.execute(() -> {
            Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30), new Random());
            while (!closed) {
                try {
                    api.result(commandId, result);
                    journal.remove(commandId);
                    return;
                } catch (ServerApi.Rejected e) {
                    LOG.log(Level.WARNING, "agent: the server refused the result of " + commandId + ": " + e.getMessage());
                    removeQuietly(commandId);
                    return;
                } catch (IOException e) {
                    if (!pause(backoff.next())) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void beat() {
        if (!connected) {
            return;
        }
        try {
            Wire.HeartbeatReply reply = api.heartbeat(new Wire.Heartbeat(VERSION, peripherals.statuses(STATUS_WAIT)));
            if (reply != null && reply.configVersion() != configVersion) {
                applyConfig();
            }
        } catch (IOException | RuntimeException e) {
            // a failed beat is the agent going offline on the dashboards: the log says why
            LOG.log(Level.WARNING, "agent: heartbeat failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendInput(InputEvent event) {
        inputs.execute(() -> {
            for (int attempt = 1; attempt <= 3 && !closed; attempt++) {
                try {
                    api.input(event);
                    return;
                } catch (IOException e) {
                    if (!pause(Duration.ofMillis(500L * attempt))) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
            LOG.log(Level.WARNING, "agent: dropped input " + event.kind() + " of peripheral " + event.peripheralId());
        });
    }

    private void removeQuietly(long commandId) {
        try {
            journal.remove(commandId);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "agent: cannot remove " + commandId + " from the journal: " + e.getMessage());
        }
    }

    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Stops talking to the server and closes every port; journaled work stays on disk for the next start. */
    @Override
    public void close() {
        closed = true;
        connected = false;
        main.interrupt();
        heartbeat.shutdownNow();
        results.shutdownNow();
        inputs.shutdownNow();
        try {
            main.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peripherals.close();
    }
}
