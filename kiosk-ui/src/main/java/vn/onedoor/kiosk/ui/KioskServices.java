package vn.onedoor.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;
import java.util.List;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.platform.web.PublicAddress;
import vn.onedoor.queue.IssueAndPrint;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.OpenCounters;
import vn.onedoor.queue.model.Priority;

/** The application services the kiosk screens use, in one place so each screen stays small. */
@Singleton
public class KioskServices {

    private final IssueAndPrint issueAndPrint;
    private final OpenCounters openCounters;
    private final Catalog catalog;
    private final CenterDirectory directory;
    private final PublicAddress publicAddress;

    public KioskServices(IssueAndPrint issueAndPrint, OpenCounters openCounters, Catalog catalog,
            CenterDirectory directory, PublicAddress publicAddress) {
        this.issueAndPrint = issueAndPrint;
        this.openCounters = openCounters;
        this.catalog = catalog;
        this.directory = directory;
        this.publicAddress = publicAddress;
    }

    /**
     * The address this kiosk reached the server by, which phones in the hall's network reach too;
     * {@code onedoor.public-url} when set.
     */
    private String baseUrl() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest r
                ? publicAddress.of(r.getScheme(), r.getServerName(), r.getServerPort(), r.getContextPath())
                : publicAddress.or("");
    }

    Catalog catalog() {
        return catalog;
    }

    List<ServiceGroup> serviceGroups(Center center) {
        return directory.serviceGroups(center.id());
    }

    List<Procedure> procedures(ServiceGroup group) {
        return catalog.proceduresOfServiceGroup(group.id());
    }

    /** Which counters serve a group and which of them are open now. */
    OpenCounters.OfGroup counters(Center center, long serviceGroupId) {
        return openCounters.of(center.id(), serviceGroupId);
    }

    /**
     * Issues a ticket and sends it to this kiosk's printer; the same {@code attemptKey} never makes
     * a second one. A preview by staff (no device) prints nothing.
     */
    IssueAndPrint.Result issue(Center center, ServiceGroup group, Priority priority, String attemptKey, String language) {
        return issue(center, group, priority, null, null, attemptKey, language);
    }

    /** A ticket for one procedure, taken from the procedure's page: the ticket names the procedure. */
    IssueAndPrint.Result issueFor(Center center, ServiceGroup group, Procedure procedure, String attemptKey,
            String language) {
        return issue(center, group, Priority.NORMAL, procedure.id(), null, attemptKey, language);
    }

    /**
     * The groups of this center that take dossiers of a procedure, in the kiosk's order, the group
     * that only returns results last.
     */
    List<ServiceGroup> groupsFor(Center center, Procedure procedure) {
        return serviceGroups(center).stream()
                .filter(g -> procedures(g).stream().anyMatch(p -> p.id().equals(procedure.id())))
                .sorted(java.util.Comparator.comparing(ServiceGroup::returnsResults))
                .toList();
    }

    /** A ticket to collect the result of {@code dossierCode}, which the counter then opens by itself. */
    IssueAndPrint.Result issue(Center center, ServiceGroup group, Priority priority, String dossierCode,
            String attemptKey, String language) {
        return issue(center, group, priority, null, dossierCode, attemptKey, language);
    }

    private IssueAndPrint.Result issue(Center center, ServiceGroup group, Priority priority, Long procedureId,
            String dossierCode, String attemptKey, String language) {
        Long deviceId = SessionCenter.device().map(d -> d.deviceId()).orElse(null);
        Long userId = SessionCenter.staff().map(s -> s.userId()).orElse(null);
        return issueAndPrint.issue(new IssueAndPrint.Request(new IssueTicket.Request(center.id(), group.id(), priority,
                procedureId, null, dossierCode, attemptKey, deviceId, userId), deviceId, baseUrl(), language));
    }
}
