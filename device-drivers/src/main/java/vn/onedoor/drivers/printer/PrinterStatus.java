package vn.onedoor.drivers.printer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A printer's state as read with DLE EOT. Paper near its end still prints; the rest do not. */
public record PrinterStatus(Set<PrinterCondition> conditions) {

    public PrinterStatus {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    }

    /** Decodes the replies to any of the four requests; a request not asked adds nothing. */
    public static PrinterStatus fromReplies(Map<StatusRequest, Integer> replies) {
        Set<PrinterCondition> all = EnumSet.noneOf(PrinterCondition.class);
        replies.forEach((request, reply) -> all.addAll(request.decode(reply)));
        return new PrinterStatus(all);
    }

    public boolean online() {
        return !conditions.contains(PrinterCondition.OFFLINE);
    }

    public boolean has(PrinterCondition condition) {
        return conditions.contains(condition);
    }

    /** True when a ticket sent now would come out: only PAPER_NEAR_END (or nothing) is set. */
    public boolean canPrint() {
        return conditions.stream().allMatch(c -> c == PrinterCondition.PAPER_NEAR_END);
    }
}
