package vn.onedoor.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import vn.onedoor.catalog.Agency;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgencyRepository extends CrudRepository<Agency, Long> {

    List<Agency> listOrderByName();
}
