package vn.onedoor.app.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;


@Controller("/api/v1/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "operations")
public class HealthController {

    private static final int CHECK_TIMEOUT_SECONDS = 2;
    private final TransactionOperations<Connection> transactions;

    HealthController(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Get
    @Operation(summary = "200 when the server and its database answer, 503 otherwise")
    public HttpResponse<Health> health() {
        long t0 = System.nanoTime();
        try {
            Database db = transactions.executeRead(status -> probe(status.getConnection(), t0));
            boolean up = "UP".equals(db.status());
            return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Health(up ? "UP" : "DOWN", db));
        } catch (RuntimeException e) {
            Database db = new Database("DOWN", null, null, (System.nanoTime() - t0) / 1_000_000, e.getMessage());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN", db));
        }
    }

    private static Database probe(Connection c, long t0) {
        try {
            boolean valid = c.isValid(CHECK_TIMEOUT_SECONDS);
            DatabaseMetaData meta = c.getMetaData();
            return new Database(valid ? "UP" : "DOWN", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), (System.nanoTime() - t0) / 1_000_000, null);
        } catch (SQLException e) {
            return new Database("DOWN", null, null, (System.nanoTime() - t0) / 1_000_000, e.getMessage());
        }
    }

    @Serdeable
    public record Health(String status, Database database) {}

    @Serdeable
    public record Database(String status, String product, String version, long responseMillis, String error) {}
}
