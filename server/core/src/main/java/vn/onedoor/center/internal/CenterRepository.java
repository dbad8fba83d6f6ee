package vn.onedoor.center.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import vn.onedoor.center.Center;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CenterRepository extends CrudRepository<Center, Long> {

    Optional<Center> findByCode(String code);

    List<Center> listOrderById();
}
