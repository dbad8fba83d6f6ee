package vn.onedoor.identity.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffTokenRepository extends CrudRepository<StaffToken, String> {

    void deleteByExpiresAtLessThan(Instant now);
}
