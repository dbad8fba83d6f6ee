package vn.onedoor.app.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import vn.onedoor.admin.CounterAdmin;
import vn.onedoor.admin.CounterForm;
import vn.onedoor.admin.GroupAdmin;
import vn.onedoor.admin.GroupForm;
import vn.onedoor.app.api.Callers;
import vn.onedoor.app.security.Roles;
import vn.onedoor.center.Counter;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;

/** A center's service groups and counters: the layout of its hall. */
@Controller("/api/v1/admin")
@Secured(Roles.ADMIN)
@Tag(name = "administration")
public class LayoutController {

    private final GroupAdmin groups;
    private final CounterAdmin counters;

    LayoutController(GroupAdmin groups, CounterAdmin counters) {
        this.groups = groups;
        this.counters = counters;
    }

    @Serdeable
    public record GroupDto(long id, long centerId, String prefix, String name, @Nullable String nameEn, int sortOrder,
            boolean returnsResults, int weight, @Nullable Integer maxWaitMinutes, @Nullable String openingHours,
            @Nullable Integer dailyQuota, @Nullable String quotaMessage, @Nullable Instant retiredAt,
            @Nullable List<Long> procedureIds, @Nullable Integer waiting) {
        static GroupDto of(ServiceGroup g, List<Long> procedures, Integer waiting) {
            return new GroupDto(g.id(), g.centerId(), g.prefix(), g.name(), g.nameEn(), g.sortOrder(),
                    g.returnsResults(), g.weight(), g.maxWaitMinutes(), g.openingHours(), g.dailyQuota(),
                    g.quotaMessage(), g.retiredAt(), procedures, waiting);
        }
    }

    @Serdeable
    public record CounterDto(long id, long centerId, int number, String name, List<CounterForm.Serves> groups) {
        static CounterDto of(CounterOverview o) {
            return new CounterDto(o.counter().id(), o.counter().centerId(), o.counter().number(), o.counter().name(),
                    o.serves().stream().map(a -> new CounterForm.Serves(a.serviceGroupId(), a.weight())).toList());
        }

        static CounterDto of(Counter c, List<CounterForm.Serves> serves) {
            return new CounterDto(c.id(), c.centerId(), c.number(), c.name(), serves);
        }
    }

    /** Where the waiting tickets of a group being retired go. */
    @Serdeable
    public record Retire(@Nullable Long moveTo) {}

    @Serdeable
    public record Retired(int moved) {}

    @Get("/centers/{centerId}/groups")
    @Operation(summary = "A center's service groups (retired ones with retired=true)")
    public List<GroupDto> groups(@PathVariable long centerId, @QueryValue(defaultValue = "false") boolean retired,
            Authentication auth, HttpRequest<?> request) {
        return groups.groups(Callers.of(auth, request), centerId, retired).stream()
                .map(g -> GroupDto.of(g, null, null)).toList();
    }

    @Post("/centers/{centerId}/groups")
    @Operation(summary = "Creates a service group; a prefix letter used by another group of the center is refused")
    public HttpResponse<GroupDto> createGroup(@PathVariable long centerId, @Body GroupForm form, Authentication auth,
            HttpRequest<?> request) {
        ServiceGroup g = groups.create(Callers.of(auth, request), centerId, form);
        return HttpResponse.created(detail(g.id(), auth, request));
    }

    @Get("/groups/{id}")
    @Operation(summary = "A group with the procedures it covers and how many tickets wait in it")
    public GroupDto group(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        return detail(id, auth, request);
    }

    @Put("/groups/{id}")
    public GroupDto updateGroup(@PathVariable long id, @Body GroupForm form, Authentication auth,
            HttpRequest<?> request) {
        groups.update(Callers.of(auth, request), id, form);
        return detail(id, auth, request);
    }

    @Post("/groups/{id}/retire")
    @Operation(summary = "Retires a group; its waiting tickets move to moveTo (409 GROUP_HAS_WAITING without it)")
    public Retired retireGroup(@PathVariable long id, @Body Retire body, Authentication auth, HttpRequest<?> request) {
        return new Retired(groups.retire(Callers.of(auth, request), id, body.moveTo()));
    }

    @Post("/groups/{id}/restore")
    public HttpResponse<?> restoreGroup(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        groups.restore(Callers.of(auth, request), id);
        return HttpResponse.noContent();
    }

    @Get("/centers/{centerId}/counters")
    @Operation(summary = "A center's counters with the groups each serves")
    public List<CounterDto> counters(@PathVariable long centerId, Authentication auth, HttpRequest<?> request) {
        return counters.counters(Callers.of(auth, request), centerId).stream().map(CounterDto::of).toList();
    }

    @Post("/centers/{centerId}/counters")
    @Operation(summary = "Creates a counter; a number in use at the center is refused")
    public HttpResponse<CounterDto> createCounter(@PathVariable long centerId, @Body CounterForm form,
            Authentication auth, HttpRequest<?> request) {
        Counter c = counters.create(Callers.of(auth, request), centerId, form);
        return HttpResponse.created(counterDto(c, auth, request));
    }

    @Put("/counters/{id}")
    public CounterDto updateCounter(@PathVariable long id, @Body CounterForm form, Authentication auth,
            HttpRequest<?> request) {
        return counterDto(counters.update(Callers.of(auth, request), id, form), auth, request);
    }

    @Delete("/counters/{id}")
    @Operation(summary = "Removes a counter from service (409 COUNTER_OPEN while an officer works it)")
    public HttpResponse<?> removeCounter(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        counters.remove(Callers.of(auth, request), id);
        return HttpResponse.noContent();
    }

    private GroupDto detail(long id, Authentication auth, HttpRequest<?> request) {
        GroupAdmin.GroupDetail d = groups.detail(Callers.of(auth, request), id);
        return GroupDto.of(d.group(), d.procedureIds(), d.waiting());
    }

    private CounterDto counterDto(Counter c, Authentication auth, HttpRequest<?> request) {
        return counters.counters(Callers.of(auth, request), c.centerId()).stream()
                .filter(o -> o.counter().id().equals(c.id())).findFirst().map(CounterDto::of)
                .orElseGet(() -> CounterDto.of(c, List.of()));
    }
}
