package vn.onedoor.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.onedoor.device.internal.SettingsText;

/**
 * The parameters an administrator sets per peripheral (004 Điều 10), checked before an agent sees
 * them. {@code transport}: {@code tcp} (host, port), {@code serial} (path, baud), {@code queue}
 * (an OS print queue: queue) or {@code simulated}. A ticket printer has {@code paper} 80 or 58 and
 * {@code status} true/false (answers DLE EOT); a display {@code address} 0–99 and {@code width};
 * a keypad {@code keys} such as {@code 1:4,2:3,3:2,4:1} and {@code framing} bytes/lines. A
 * document printer prints PDFs to an OS queue or, simulated, to files named from {@code prefix}.
 */
public final class PeripheralParameters {

    static final Set<String> TRANSPORTS = Set.of("tcp", "serial", "queue", "simulated");

    private PeripheralParameters() {}

    /** Parameters typed as {@code key=value} lines (the admin screen's form). */
    public static Map<String, String> parse(String lines) {
        return SettingsText.parse(lines);
    }

    /** @return what is wrong, one message per problem; empty when the agent can use them */
    public static List<String> problems(PeripheralKind kind, Map<String, String> p) {
        List<String> problems = new ArrayList<>();
        String transport = p.getOrDefault("transport", "");
        if (!TRANSPORTS.contains(transport)) {
            problems.add("transport must be one of " + TRANSPORTS);
        }
        switch (transport) {
            case "tcp" -> {
                required(p, "host", problems);
                number(p, "port", 1, 65535, true, problems);
            }
            case "serial" -> {
                required(p, "path", problems);
                number(p, "baud", 1200, 921600, true, problems);
            }
            case "queue" -> required(p, "queue", problems);
            default -> { }
        }
        switch (kind) {
            case TICKET_PRINTER -> {
                if (!Set.of("80", "58").contains(p.getOrDefault("paper", "80"))) {
                    problems.add("paper must be 80 or 58");
                }
                if ("queue".equals(transport) && "true".equals(p.get("status"))) {
                    problems.add("a print queue has no back channel: status must be false");
                }
            }
            case LED_DISPLAY -> {
                number(p, "address", 0, 99, true, problems);
                number(p, "width", 4, 64, false, problems);
            }
            case RATING_KEYPAD -> {
                if (!p.getOrDefault("keys", "").matches("[^:,]+:\\d+(,[^:,]+:\\d+)*")) {
                    problems.add("keys must look like 1:4,2:3,3:2,4:1");
                }
                if (!Set.of("bytes", "lines").contains(p.getOrDefault("framing", "bytes"))) {
                    problems.add("framing must be bytes or lines");
                }
            }
            case DOCUMENT_PRINTER -> {
                if (!Set.of("queue", "simulated").contains(transport)) {
                    problems.add("a document printer is an OS print queue (transport=queue) or simulated");
                }
                if (!p.getOrDefault("prefix", "document").matches("[a-z0-9][a-z0-9-]{0,31}")) {
                    problems.add("prefix must be lower-case letters, digits and dashes, such as counter-3");
                }
            }
            case SCANNER -> { }
        }
        return problems;
    }

    private static void required(Map<String, String> p, String key, List<String> problems) {
        if (p.getOrDefault(key, "").isBlank()) {
            problems.add(key + " is required");
        }
    }

    private static void number(Map<String, String> p, String key, int min, int max, boolean required, List<String> problems) {
        String value = p.get(key);
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(key + " is required");
            }
            return;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problems.add(key + " must be between " + min + " and " + max);
            }
        } catch (NumberFormatException e) {
            problems.add(key + " must be a number");
        }
    }
}
