package vn.onedoor.drivers.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON the agent and the server exchange under {@code /api/v1/agent}; PROTOCOLS.md shows each
 * message. Unknown fields are ignored both ways, so either side can grow a field first.
 */
public final class Wire {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** Command types. */
    public static final String PRINT_TICKET = "PRINT_TICKET";
    public static final String SHOW_TEXT = "SHOW_TEXT";
    public static final String CLEAR_DISPLAY = "CLEAR_DISPLAY";
    public static final String PRINT_PDF = "PRINT_PDF";

    /** The largest PDF a PRINT_PDF carries (before base64): a receipt is ~50 KB, a scanned official form a few MB. */
    public static final int PDF_MAX_BYTES = 5 * 1024 * 1024;
    /** A rating keypad: its terminal asks for a vote; payload {@code seconds}. */
    public static final String WAKE_RATING = "WAKE_RATING";

    private Wire() {
    }

    /** {@code POST /api/v1/agent/pair}, without a token. */
    public record PairRequest(String code, String agentVersion, String hostname) {
    }

    public record PairResponse(long deviceId, long centerId, String token) {
    }

    /** {@code GET /api/v1/agent/config}. */
    public record AgentConfig(long deviceId, int configVersion, long heartbeatMillis, List<PeripheralConfig> peripherals) {
        public AgentConfig {
            peripherals = peripherals == null ? List.of() : List.copyOf(peripherals);
        }
    }

    /**
     * One peripheral as the administrator set it up.
     *
     * @param kind       TICKET_PRINTER, DOCUMENT_PRINTER, LED_DISPLAY, RATING_KEYPAD or SCANNER
     * @param parameters transport (tcp/serial/queue/simulated), host, port, path, baud, queue, paper,
     *                   status, address, width, keys, framing, prefix
     */
    public record PeripheralConfig(long id, String kind, String name, Map<String, String> parameters) {
        public PeripheralConfig {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /**
     * One entry of {@code GET /api/v1/agent/commands?waitSeconds=n}.
     *
     * @param expiresAt epoch milliseconds after which the command must not run any more
     * @param payload   PRINT_TICKET: the fields of a {@code TicketLayout}; SHOW_TEXT: {@code text};
     *                  PRINT_PDF: {@code title} and {@code pdf}, the file in base64
     */
    public record Command(long id, String type, long peripheralId, long expiresAt, JsonNode payload) {
    }

    /** {@code POST /api/v1/agent/commands/{id}/result}. {@code reason} is a stable code when not ok. */
    public record CommandResult(boolean ok, String reason, String detail, long bytes) {
        public static CommandResult done(long bytes) {
            return new CommandResult(true, null, null, bytes);
        }

        public static CommandResult failed(String reason, String detail) {
            return new CommandResult(false, reason, detail, 0);
        }
    }

    /** {@code POST /api/v1/agent/heartbeat}. */
    public record Heartbeat(String agentVersion, List<PeripheralStatus> peripherals) {
    }

    /** {@code faults} empty = working; {@code warnings} such as PAPER_NEAR_END still work. */
    public record PeripheralStatus(long peripheralId, Set<String> faults, Set<String> warnings, String detail) {
        public PeripheralStatus {
            faults = faults == null ? Set.of() : Set.copyOf(faults);
            warnings = warnings == null ? Set.of() : Set.copyOf(warnings);
        }

        public static PeripheralStatus ok(long peripheralId) {
            return new PeripheralStatus(peripheralId, Set.of(), Set.of(), null);
        }
    }

    public record HeartbeatReply(int configVersion) {
    }

    /**
     * {@code POST /api/v1/agent/input}: a scan or a key press.
     *
     * @param kind   SCAN or KEY
     * @param rating for KEY, the value on the center's rating scale the key stands for
     */
    public record InputEvent(long peripheralId, String kind, String value, Integer rating) {
    }
}
