package vn.onedoor.center.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import vn.onedoor.center.ServiceGroup;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ServiceGroupRepository extends CrudRepository<ServiceGroup, Long> {

    List<ServiceGroup> findByCenterIdOrderBySortOrderAndPrefix(Long centerId);

    List<ServiceGroup> findByCenterIdAndRetiredAtIsNullOrderBySortOrderAndPrefix(Long centerId);
}
