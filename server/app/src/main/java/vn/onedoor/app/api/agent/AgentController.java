package vn.onedoor.app.api.agent;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.app.api.ApiMessages;
import vn.onedoor.app.security.BearerTokenValidator;
import vn.onedoor.device.DeviceCommand;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.DeviceInput;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.PairingRateLimiter;
import vn.onedoor.platform.security.TokenBuckets;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.PeripheralReport;
import vn.onedoor.device.Peripherals;

/** What device agents call: pairing, their configuration, commands (long poll), results, heartbeats, input. */
@Controller("/api/v1/agent")
@Secured("DEVICE_AGENT")
@Tag(name = "device agent")
public class AgentController {

    private static final long MAX_WAIT_SECONDS = 30;

    private final Pairing pairing;
    private final PairingRateLimiter pairingLimiter;
    private final DeviceRegistry registry;
    private final Peripherals peripherals;
    private final DeviceCommands commands;
    private final DeviceHealth health;
    private final ApplicationEventPublisher<DeviceInput> inputs;
    private final JsonMapper json;
    private final Duration heartbeat;
    private final ApiMessages messages;

    AgentController(ApiMessages messages, Pairing pairing, PairingRateLimiter pairingLimiter, DeviceRegistry registry, Peripherals peripherals, DeviceCommands commands,
            DeviceHealth health, ApplicationEventPublisher<DeviceInput> inputs, JsonMapper json,
            @Value("${onedoor.devices.heartbeat:5s}") Duration heartbeat) {
        this.pairing = pairing;
        this.pairingLimiter = pairingLimiter;
        this.registry = registry;
        this.peripherals = peripherals;
        this.commands = commands;
        this.health = health;
        this.inputs = inputs;
        this.json = json;
        this.heartbeat = heartbeat;
        this.messages = messages;
    }

    @Post("/pair")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange a one-time pairing code from the admin screen for the agent's device token; "
            + "429 after too many wrong codes from one address")
    public HttpResponse<?> pair(@Body AgentWire.PairBody body, HttpRequest<?> request) {
        String address = "address:" + request.getRemoteAddress().getAddress().getHostAddress();
        TokenBuckets.Decision decision = pairingLimiter.peek(address);
        if (!decision.allowed()) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(decision.retryAfterSeconds()))
                    .body(messages.of(request, "TOO_MANY_PAIRING_ATTEMPTS", decision.retryAfterSeconds()));
        }
        Optional<Pairing.Paired> paired = pairing.redeem(body.code());
        if (paired.isEmpty()) {
            pairingLimiter.spend(address);
        }
        return paired
                .<HttpResponse<?>>map(p -> HttpResponse.ok(new AgentWire.Paired(p.device().deviceId(), p.device().centerId(), p.token())))
                .orElseGet(() -> HttpResponse.status(HttpStatus.UNAUTHORIZED).body(messages.of(request, "PAIRING_CODE_INVALID")));
    }

    @Get("/config")
    @Operation(summary = "The agent's peripherals and their parameters")
    public AgentWire.Config config(Authentication caller) {
        long agentId = agentId(caller);
        // The version first: a change committed between the two reads then comes with an older version,
        // and the agent's next heartbeat fetches it. Read the other way round, the agent took the new
        // version with the old list and never asked again (a scanner added at that instant stayed unused).
        int version = peripherals.configVersion(agentId);
        List<AgentWire.PeripheralConfig> list = peripherals.ofAgent(agentId).stream().filter(Peripheral::enabled)
                .map(p -> new AgentWire.PeripheralConfig(p.id(), p.kind().name(), p.name(), p.parameters()))
                .toList();
        return new AgentWire.Config(agentId, version, heartbeat.toMillis(), list);
    }

    @Get("/commands")
    @Operation(summary = "Long poll: the agent's next commands, or an empty list after waitSeconds (at most 30)")
    public List<AgentWire.Command> commands(@Nullable @QueryValue Long waitSeconds, Authentication caller)
            throws InterruptedException {
        long wait = Math.max(0, Math.min(MAX_WAIT_SECONDS, waitSeconds == null ? 20 : waitSeconds));
        return commands.take(agentId(caller), Duration.ofSeconds(wait)).stream().map(this::toWire).toList();
    }

    @Post("/commands/{id}/ack")
    @Operation(summary = "The agent has journaled the command; repeating it is harmless")
    public HttpResponse<?> ack(long id, Authentication caller) {
        return owned(id, caller) ? ok(commands.ack(agentId(caller), id)) : unknown(id);
    }

    @Post("/commands/{id}/result")
    @Operation(summary = "The command's result; only the first report counts")
    public HttpResponse<?> result(long id, @Body AgentWire.Result body, Authentication caller) {
        if (!owned(id, caller)) {
            return unknown(id);
        }
        return ok(commands.finish(agentId(caller), id, body.ok(), body.reason(), body.detail(), body.bytes()));
    }

    @Post("/heartbeat")
    @Operation(summary = "The agent is alive; its peripherals' status. Answers the current config version")
    public AgentWire.HeartbeatReply heartbeat(@Body AgentWire.Heartbeat body, Authentication caller) {
        DevicePrincipal agent = principal(caller);
        List<PeripheralReport> reports = body.peripherals() == null ? List.of() : body.peripherals().stream()
                .map(s -> new PeripheralReport(s.peripheralId(), orEmpty(s.faults()), orEmpty(s.warnings()), s.detail()))
                .toList();
        health.heartbeat(agent, body.agentVersion(), reports);
        return new AgentWire.HeartbeatReply(peripherals.configVersion(agent.deviceId()));
    }

    @Post("/input")
    @Operation(summary = "A scan or key press from one of the agent's peripherals")
    public HttpResponse<?> input(@Body AgentWire.Input body, Authentication caller) {
        DevicePrincipal agent = principal(caller);
        return peripherals.find(body.peripheralId()).filter(p -> p.agentId() == agent.deviceId())
                .<HttpResponse<?>>map(p -> {
                    inputs.publishEvent(new DeviceInput(agent.centerId(), agent.deviceId(), p.id(), p.counterId(),
                            body.kind(), body.value(), body.rating(), p.servesDeviceId()));
                    return HttpResponse.accepted();
                })
                .orElseThrow(() -> Rejection.notFound("PERIPHERAL_NOT_FOUND", "No peripheral " + body.peripheralId()));
    }

    private AgentWire.Command toWire(DeviceCommand c) {
        try {
            Object payload = json.readValue(c.payload(), Argument.mapOf(String.class, Object.class));
            return new AgentWire.Command(c.id(), c.type(), c.peripheralId(), c.expiresAt().toEpochMilli(), payload);
        } catch (IOException e) {
            throw new UncheckedIOException("command " + c.id() + " has a payload that is not JSON", e);
        }
    }

    private boolean owned(long commandId, Authentication caller) {
        return commands.find(commandId).filter(c -> c.agentId() == agentId(caller)).isPresent();
    }

    private static HttpResponse<?> ok(boolean changed) {
        return HttpResponse.ok(Map.of("changed", changed));
    }

    private static HttpResponse<?> unknown(long id) {
        throw Rejection.notFound("COMMAND_NOT_FOUND", "No command " + id + " for this agent");
    }

    private static Set<String> orEmpty(@Nullable Set<String> values) {
        return values == null ? Set.of() : values;
    }

    private static long agentId(Authentication caller) {
        return ((Number) caller.getAttributes().get(BearerTokenValidator.ATTR_DEVICE)).longValue();
    }

    private DevicePrincipal principal(Authentication caller) {
        return registry.find(agentId(caller)).orElseThrow().principal();
    }
}
