package vn.onedoor.center;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.onedoor.center.internal.CenterRepository;
import vn.onedoor.center.internal.CounterRepository;
import vn.onedoor.center.internal.ServiceGroupRepository;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.identity.StaffPrincipal;

/** Read access to centers, their service groups and counters. */
@Singleton
public class CenterDirectory {

    private final CenterRepository centers;
    private final ServiceGroupRepository groups;
    private final CounterRepository counters;

    CenterDirectory(CenterRepository centers, ServiceGroupRepository groups, CounterRepository counters) {
        this.centers = centers;
        this.groups = groups;
        this.counters = counters;
    }

    /** The centers in service (not retired), in the order they were created. */
    public List<Center> centers() {
        return centers.findByRetiredAtIsNullOrderById();
    }

    /** Every center, retired ones too (administration). */
    public List<Center> allCenters() {
        return centers.listOrderById();
    }

    public Optional<Center> center(long id) {
        return centers.findById(id);
    }

    /** The center a session without a center of its own works with: the first one created. */
    public Optional<Center> defaultCenter() {
        return centers().stream().findFirst();
    }

    /** The center a screen works for: its device's, else its staff member's, else the default one. */
    public Optional<Center> centerFor(@Nullable DevicePrincipal device, @Nullable StaffPrincipal staff) {
        if (device != null) {
            return center(device.centerId());
        }
        return staff == null || staff.centerId() == null ? defaultCenter() : center(staff.centerId());
    }

    /** The groups that issue tickets (not retired), in the kiosk's order. */
    public List<ServiceGroup> serviceGroups(long centerId) {
        return groups.findByCenterIdAndRetiredAtIsNullOrderBySortOrderAndPrefix(centerId);
    }

    /** Every group of a center, retired ones too (administration). */
    public List<ServiceGroup> allServiceGroups(long centerId) {
        return groups.findByCenterIdOrderBySortOrderAndPrefix(centerId);
    }

    public Optional<ServiceGroup> serviceGroup(long serviceGroupId) {
        return groups.findById(serviceGroupId);
    }

    public Optional<Counter> counter(long counterId) {
        return counters.findById(counterId);
    }

    /** The numbers of the counters that serve a group, in counter order: what a ticket tells the citizen. */
    public List<Integer> countersServing(long centerId, long serviceGroupId) {
        return counters(centerId).stream()
                .filter(c -> c.serves().stream().anyMatch(a -> a.serviceGroupId() == serviceGroupId))
                .map(c -> c.counter().number())
                .sorted()
                .toList();
    }

    public List<CounterOverview> counters(long centerId) {
        Map<Long, List<CounterAssignment>> byCounter = counters.findAssignmentsByCenter(centerId).stream()
                .collect(Collectors.groupingBy(CounterAssignment::counterId));
        return counters.findByCenterIdAndRetiredAtIsNullOrderByNumber(centerId).stream()
                .map(c -> new CounterOverview(c, byCounter.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /** Every counter of a center with every assignment, retired ones too (administration). */
    public List<CounterOverview> allCounters(long centerId) {
        Map<Long, List<CounterAssignment>> byCounter = counters.findAllAssignmentsByCenter(centerId).stream()
                .collect(Collectors.groupingBy(CounterAssignment::counterId));
        return counters.findByCenterIdOrderByNumber(centerId).stream()
                .map(c -> new CounterOverview(c, byCounter.getOrDefault(c.id(), List.of())))
                .toList();
    }
}
