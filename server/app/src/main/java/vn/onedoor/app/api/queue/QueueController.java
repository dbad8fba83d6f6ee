package vn.onedoor.app.api.queue;

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
import vn.onedoor.app.api.CenterScope;
import vn.onedoor.queue.QueueQueries;

@Controller("/api/v1/centers/{centerId}/queue")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "queue")
public class QueueController {

    private final QueueQueries queries;

    QueueController(QueueQueries queries) {
        this.queries = queries;
    }

    @Serdeable
    public record GroupDto(long id, String prefix, String name, long waiting, long longestWaitSeconds) {}

    @Serdeable
    public record QueueDto(List<GroupDto> serviceGroups, List<CounterDto> counters) {}

    @Get
    @Operation(summary = "Waiting per service group and the state of every counter")
    public HttpResponse<?> queue(long centerId, Authentication caller) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        QueueQueries.Overview o = queries.overview(centerId);
        return HttpResponse.ok(new QueueDto(
                o.serviceGroups().stream().map(g -> new GroupDto(g.serviceGroupId(), g.prefix(), g.name(), g.waiting(),
                        g.longestWaitSeconds())).toList(),
                o.counters().stream().map(l -> CounterDto.of(l.session(), l.currentTicket())).toList()));
    }
}
