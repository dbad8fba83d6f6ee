package vn.onedoor.center.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import vn.onedoor.center.Center;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CenterRepository extends CrudRepository<Center, Long> {

    List<Center> listOrderById();

    List<Center> findByRetiredAtIsNullOrderById();
}
