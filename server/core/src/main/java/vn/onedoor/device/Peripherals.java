package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.onedoor.device.internal.DeviceRepository;
import vn.onedoor.device.internal.PeripheralRepository;
import vn.onedoor.device.internal.SettingsText;

/** The peripherals of each agent and their parameters. Every change bumps the agent's config version. */
@Singleton
public class Peripherals {

    private final PeripheralRepository peripherals;
    private final DeviceRepository devices;
    private final Map<Long, List<Peripheral>> displays = new ConcurrentHashMap<>();
    private final Map<Seat, Optional<Peripheral>> printers = new ConcurrentHashMap<>();

    /** A printer's place: the kiosk it serves or the counter it stands at. */
    private record Seat(PeripheralKind kind, boolean counter, long id) {}

    Peripherals(PeripheralRepository peripherals, DeviceRepository devices) {
        this.peripherals = peripherals;
        this.devices = devices;
    }

    public List<Peripheral> ofAgent(long agentId) {
        return peripherals.findByAgentIdOrderById(agentId);
    }

    public Optional<Peripheral> find(long peripheralId) {
        return peripherals.findById(peripheralId);
    }

    public int configVersion(long agentId) {
        return devices.configVersion(agentId);
    }

    /** The enabled ticket printer that prints this kiosk's tickets, if any. Asked on every ticket: kept like {@link #displaysOf}. */
    public Optional<Peripheral> ticketPrinterOf(long kioskDeviceId) {
        return printerServing(PeripheralKind.TICKET_PRINTER, kioskDeviceId);
    }

    /** The enabled A4 printer that prints this kiosk's documents (blank forms), if any. */
    public Optional<Peripheral> documentPrinterOfKiosk(long kioskDeviceId) {
        return printerServing(PeripheralKind.DOCUMENT_PRINTER, kioskDeviceId);
    }

    /** The enabled A4 printer at this counter (dossier receipts), if any. */
    public Optional<Peripheral> documentPrinterOfCounter(long counterId) {
        return printers.computeIfAbsent(new Seat(PeripheralKind.DOCUMENT_PRINTER, true, counterId), seat ->
                peripherals.findFirstByCounterIdAndKindAndEnabledOrderById(seat.id(), seat.kind(), true));
    }

    private Optional<Peripheral> printerServing(PeripheralKind kind, long deviceId) {
        return printers.computeIfAbsent(new Seat(kind, false, deviceId), seat ->
                peripherals.findFirstByServesDeviceIdAndKindAndEnabledOrderById(seat.id(), seat.kind(), true));
    }

    /**
     * The enabled LED displays of a counter. Asked on every call, so kept in memory and dropped on
     * any change made here (another server's change shows after its restart).
     */
    public List<Peripheral> displaysOf(long counterId) {
        return displays.computeIfAbsent(counterId,
                id -> peripherals.findByCounterIdAndKindAndEnabled(id, PeripheralKind.LED_DISPLAY, true));
    }

    /** The enabled rating keypads of a counter (asked only when its rating terminal wakes). */
    public List<Peripheral> keypadsOf(long counterId) {
        return peripherals.findByCounterIdAndKindAndEnabled(counterId, PeripheralKind.RATING_KEYPAD, true);
    }

    @Transactional
    public Peripheral add(long agentId, PeripheralKind kind, String name, @Nullable Long servesDeviceId,
            @Nullable Long counterId, Map<String, String> parameters) {
        Device agent = devices.findById(agentId).filter(d -> d.type() == DeviceType.AGENT)
                .orElseThrow(() -> new IllegalArgumentException("No agent " + agentId));
        if (servesDeviceId != null && devices.findById(servesDeviceId).filter(d -> d.centerId().equals(agent.centerId())).isEmpty()) {
            throw new IllegalArgumentException("No device " + servesDeviceId + " in the agent's center");
        }
        check(kind, parameters);
        Peripheral saved = peripherals.save(new Peripheral(null, agentId, kind, name.strip(), servesDeviceId, counterId,
                SettingsText.format(parameters), true));
        devices.bumpConfigVersion(agentId);
        displays.clear();
        printers.clear();
        return saved;
    }

    @Transactional
    public Peripheral update(long peripheralId, Map<String, String> parameters, boolean enabled) {
        Peripheral p = peripherals.findById(peripheralId)
                .orElseThrow(() -> new IllegalArgumentException("No peripheral " + peripheralId));
        check(p.kind(), parameters);
        Peripheral changed = new Peripheral(p.id(), p.agentId(), p.kind(), p.name(), p.servesDeviceId(), p.counterId(),
                SettingsText.format(parameters), enabled);
        peripherals.update(changed);
        devices.bumpConfigVersion(p.agentId());
        displays.clear();
        printers.clear();
        return changed;
    }

    private static void check(PeripheralKind kind, Map<String, String> parameters) {
        List<String> problems = PeripheralParameters.problems(kind, parameters);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
