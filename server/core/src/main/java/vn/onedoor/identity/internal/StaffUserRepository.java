package vn.onedoor.identity.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import vn.onedoor.identity.StaffUser;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffUserRepository extends CrudRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> listOrderByUsername();
}
