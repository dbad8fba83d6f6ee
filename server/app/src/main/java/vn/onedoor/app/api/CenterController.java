package vn.onedoor.app.api;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterAssignment;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;

@Controller("/api/v1/centers")
@Tag(name = "centers")
public class CenterController {

    private final CenterDirectory directory;

    CenterController(CenterDirectory directory) {
        this.directory = directory;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The centers served by this installation")
    public List<CenterDto> centers() {
        return directory.centers().stream().map(CenterDto::of).toList();
    }

    @Get("/{centerId}/service-groups")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The service groups (queues) of a center")
    public HttpResponse<?> serviceGroups(long centerId, Authentication authentication) {
        return checked(centerId, authentication).orElseGet(() ->
                HttpResponse.ok(directory.serviceGroups(centerId).stream().map(ServiceGroupDto::of).toList()));
    }

    @Get("/{centerId}/counters")
    @Secured({"ADMIN", "MANAGER", "OFFICER"})
    @Operation(summary = "The counters of a center with the service groups each serves")
    public HttpResponse<?> counters(long centerId, Authentication authentication) {
        return checked(centerId, authentication).orElseGet(() ->
                HttpResponse.ok(directory.counters(centerId).stream().map(CounterDto::of).toList()));
    }

    /** An error answer when the center is unknown or not the caller's; empty when the call may go on. */
    private Optional<HttpResponse<?>> checked(long centerId, Authentication authentication) {
        if (directory.center(centerId).isEmpty()) {
            throw Rejection.notFound("CENTER_NOT_FOUND", "No center " + centerId);
        }
        if (!CenterScope.allows(authentication, centerId)) {
            return Optional.of(CenterScope.otherCenter());
        }
        return Optional.empty();
    }

    @Serdeable
    public record CenterDto(long id, String code, String name, String address, String timeZone) {
        static CenterDto of(Center c) {
            return new CenterDto(c.id(), c.code(), c.name(), c.address(), c.timeZone());
        }
    }

    @Serdeable
    public record ServiceGroupDto(long id, String prefix, String name) {
        static ServiceGroupDto of(ServiceGroup g) {
            return new ServiceGroupDto(g.id(), g.prefix(), g.name());
        }
    }

    @Serdeable
    public record CounterDto(long id, int number, String name, List<Serves> serves) {
        static CounterDto of(CounterOverview o) {
            return new CounterDto(o.counter().id(), o.counter().number(), o.counter().name(),
                    o.serves().stream().map(Serves::of).toList());
        }
    }

    @Serdeable
    public record Serves(long serviceGroupId, String prefix, int weight) {
        static Serves of(CounterAssignment a) {
            return new Serves(a.serviceGroupId(), a.prefix(), a.weight());
        }
    }
}
