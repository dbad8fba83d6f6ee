package vn.onedoor.drivers.printer;

import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a queue ticket, already localized by the caller: the driver draws these
 * strings and decides nothing about their wording.
 *
 * @param centerName   e.g. "Trung tâm Phục vụ Hành chính công tỉnh Long An"
 * @param ticketNumber the big number, e.g. "A-1024"
 * @param serviceGroup e.g. "Đất đai"
 * @param issuedAt     e.g. "08:35 — 23/11/2026"
 * @param peopleAhead  e.g. "Còn 12 người đang chờ"
 * @param estimatedWait e.g. "Thời gian chờ dự kiến: khoảng 25 phút"
 * @param counters     e.g. "Quầy phục vụ: 3, 4, 5"
 * @param qrPayload    a URL the citizen scans to follow the ticket; blank for no QR code
 * @param footerLines  short lines at the bottom, each wrapped on its own
 * @param logoResource a PNG on the classpath printed at the top, or null for none
 * @param highlight    a line printed bold under the number (e.g. "ƯU TIÊN · Người cao tuổi"), or null
 */
public record TicketLayout(
        String centerName,
        String ticketNumber,
        String serviceGroup,
        String issuedAt,
        String peopleAhead,
        String estimatedWait,
        String counters,
        String qrPayload,
        List<String> footerLines,
        String logoResource,
        String highlight) {

    public TicketLayout(String centerName, String ticketNumber, String serviceGroup, String issuedAt, String peopleAhead,
            String estimatedWait, String counters, String qrPayload, List<String> footerLines, String logoResource) {
        this(centerName, ticketNumber, serviceGroup, issuedAt, peopleAhead, estimatedWait, counters, qrPayload,
                footerLines, logoResource, null);
    }

    public TicketLayout {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(serviceGroup, "serviceGroup");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(peopleAhead, "peopleAhead");
        Objects.requireNonNull(estimatedWait, "estimatedWait");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(qrPayload, "qrPayload");
        footerLines = List.copyOf(footerLines);
    }
}
