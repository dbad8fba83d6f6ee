package vn.onedoor.app.api;

import vn.onedoor.platform.rules.Rejection;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.onedoor.app.security.Roles;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.AgentHealth;
import vn.onedoor.device.Device;
import vn.onedoor.device.DeviceOverview;
import vn.onedoor.device.DeviceOverview.DeviceState;
import vn.onedoor.device.DeviceOverview.PeripheralState;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.PeripheralKind;
import vn.onedoor.device.Peripherals;

/** The devices of a center with live status (managers, administrators); creating, pairing and configuring them (administrators). */
@Controller("/api/v1")
@Secured({Roles.MANAGER, Roles.ADMIN})
@Tag(name = "devices")
public class DeviceController {

    private final DeviceOverview overview;
    private final DeviceRegistry registry;
    private final Pairing pairing;
    private final Peripherals peripherals;
    private final CenterDirectory directory;

    DeviceController(DeviceOverview overview, DeviceRegistry registry, Pairing pairing, Peripherals peripherals,
            CenterDirectory directory) {
        this.overview = overview;
        this.registry = registry;
        this.pairing = pairing;
        this.peripherals = peripherals;
        this.directory = directory;
    }

    @Serdeable
    public record DeviceDto(long id, String type, String name, @Nullable Long counterId, boolean enabled,
            @Nullable Boolean online, @Nullable Instant lastHeartbeat, @Nullable String agentVersion,
            List<PeripheralDto> peripherals) {
        static DeviceDto of(DeviceState s) {
            Device d = s.device();
            AgentHealth h = s.health();
            return new DeviceDto(d.id(), d.type().name(), d.name(), d.counterId(), d.enabled(),
                    d.type() == DeviceType.AGENT ? s.online() : null, h == null ? null : h.lastHeartbeat(),
                    h == null ? null : h.agentVersion(), s.peripherals().stream().map(PeripheralDto::of).toList());
        }
    }

    @Serdeable
    public record PeripheralDto(long id, String kind, String name, @Nullable Long servesDeviceId, @Nullable Long counterId,
            boolean enabled, Map<String, String> parameters, @JsonInclude(JsonInclude.Include.ALWAYS) Set<String> faults,
            @JsonInclude(JsonInclude.Include.ALWAYS) Set<String> warnings, @Nullable String detail) {
        static PeripheralDto of(PeripheralState s) {
            Peripheral p = s.peripheral();
            return new PeripheralDto(p.id(), p.kind().name(), p.name(), p.servesDeviceId(), p.counterId(), p.enabled(),
                    p.parameters(), s.report() == null ? Set.of() : s.report().faults(),
                    s.report() == null ? Set.of() : s.report().warnings(), s.report() == null ? null : s.report().detail());
        }
    }

    @Serdeable
    public record NewDevice(DeviceType type, String name, @Nullable Long counterId) {}

    /** {@code token} for a kiosk, board or rating screen (shown once); {@code pairingCode} for an agent. */
    @Serdeable
    public record CreatedDevice(DeviceDto device, @Nullable String token, @Nullable String pairingCode,
            @Nullable Instant pairingCodeExpiresAt) {}

    @Serdeable
    public record PairingCodeDto(String code, Instant expiresAt) {}

    @Serdeable
    public record NewPeripheral(PeripheralKind kind, String name, @Nullable Long servesDeviceId, @Nullable Long counterId,
            Map<String, String> parameters) {}

    @Serdeable
    public record PeripheralChange(Map<String, String> parameters, boolean enabled) {}

    /** What to change; a field left out stays as it is. */
    @Serdeable
    public record DeviceChange(@Nullable Boolean enabled, @Nullable String name, @Nullable Long counterId) {}

    @Get("/centers/{centerId}/devices")
    @Operation(summary = "The center's devices; agents with live status and their peripherals' faults")
    public HttpResponse<?> devices(long centerId, Authentication caller) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        return HttpResponse.ok(overview.of(centerId).stream().map(DeviceDto::of).toList());
    }

    @Post("/centers/{centerId}/devices")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Register a device; an agent gets a one-time pairing code, a screen device its token, once")
    public HttpResponse<?> create(long centerId, @Body NewDevice body, Authentication caller) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        return checked(() -> {
            requireCounterOf(centerId, body.counterId());
            if (body.type() == DeviceType.AGENT) {
                Device agent = registry.create(centerId, DeviceType.AGENT, body.name(), body.counterId());
                Pairing.Code code = pairing.issue(agent.id());
                return HttpResponse.status(HttpStatus.CREATED).body(new CreatedDevice(dto(agent.id()), null, code.code(), code.expiresAt()));
            }
            DeviceRegistry.RegisteredDevice registered = registry.register(centerId, body.type(), body.name(), body.counterId());
            return HttpResponse.status(HttpStatus.CREATED).body(new CreatedDevice(dto(registered.device().id()), registered.token(), null, null));
        });
    }

    @Post("/devices/{deviceId}/pairing-code")
    @Secured(Roles.ADMIN)
    @Operation(summary = "A new one-time pairing code for an agent (8 characters, 15 minutes); earlier codes stop working")
    public HttpResponse<?> pairingCode(long deviceId, Authentication caller) {
        return ownDevice(deviceId, caller).filter(d -> d.type() == DeviceType.AGENT)
                .<HttpResponse<?>>map(d -> {
                    Pairing.Code code = pairing.issue(d.id());
                    return HttpResponse.ok(new PairingCodeDto(code.code(), code.expiresAt()));
                })
                .orElseThrow(() -> Rejection.notFound("AGENT_NOT_FOUND", "No agent " + deviceId));
    }

    @Put("/devices/{deviceId}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Rename a device, give it another counter, or switch it off (a stolen kiosk, a leaked token: "
            + "its token is refused at once) or on again; a field left out stays as it is")
    public HttpResponse<?> changeDevice(long deviceId, @Body DeviceChange body, Authentication caller) {
        Optional<Device> found = ownDevice(deviceId, caller);
        if (found.isEmpty()) {
            throw Rejection.notFound("DEVICE_NOT_FOUND", "No device " + deviceId);
        }
        Device device = found.get();
        return checked(() -> {
            if (body.name() != null || body.counterId() != null) {
                Long counterId = body.counterId() != null ? body.counterId() : device.counterId();
                requireCounterOf(device.centerId(), counterId);
                registry.change(deviceId, body.name() != null ? body.name() : device.name(), counterId);
            }
            if (body.enabled() != null) {
                registry.switchOn(deviceId, body.enabled());
            }
            return HttpResponse.ok(dto(deviceId));
        });
    }

    /** A device's counter is one of its center's. */
    private void requireCounterOf(long centerId, @Nullable Long counterId) {
        if (counterId != null && directory.counter(counterId).filter(k -> k.centerId() == centerId).isEmpty()) {
            throw new IllegalArgumentException("No counter " + counterId + " in this center");
        }
    }

    @Post("/devices/{deviceId}/peripherals")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Add a peripheral to an agent; its parameters are checked (400 with what is wrong)")
    public HttpResponse<?> addPeripheral(long deviceId, @Body NewPeripheral body, Authentication caller) {
        if (ownDevice(deviceId, caller).isEmpty()) {
            throw Rejection.notFound("AGENT_NOT_FOUND", "No agent " + deviceId);
        }
        return checked(() -> {
            Peripheral p = peripherals.add(deviceId, body.kind(), body.name(), body.servesDeviceId(), body.counterId(),
                    body.parameters());
            return HttpResponse.status(HttpStatus.CREATED).body(PeripheralDto.of(new PeripheralState(p, null)));
        });
    }

    @Put("/peripherals/{peripheralId}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change a peripheral's parameters or switch it off; its agent applies them within a heartbeat")
    public HttpResponse<?> changePeripheral(long peripheralId, @Body PeripheralChange body, Authentication caller) {
        Optional<Peripheral> found = peripherals.find(peripheralId).filter(p -> ownDevice(p.agentId(), caller).isPresent());
        if (found.isEmpty()) {
            throw Rejection.notFound("PERIPHERAL_NOT_FOUND", "No peripheral " + peripheralId);
        }
        return checked(() -> HttpResponse.ok(PeripheralDto.of(new PeripheralState(
                peripherals.update(peripheralId, body.parameters(), body.enabled()), null))));
    }

    private Optional<Device> ownDevice(long deviceId, Authentication caller) {
        return registry.find(deviceId).filter(d -> CenterScope.allows(caller, d.centerId()));
    }

    private DeviceDto dto(long deviceId) {
        return overview.device(deviceId).map(DeviceDto::of).orElseThrow();
    }

    private static HttpResponse<?> checked(Supplier<HttpResponse<?>> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("INVALID_DEVICE", e.getMessage(), e.getMessage());
        }
    }
}
