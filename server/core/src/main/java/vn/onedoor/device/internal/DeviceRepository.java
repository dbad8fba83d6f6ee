package vn.onedoor.device.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import vn.onedoor.device.Device;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeviceRepository extends CrudRepository<Device, Long> {

    Optional<Device> findByTokenHash(String tokenHash);

    List<Device> findByCenterIdOrderByTypeAndName(Long centerId);
}
