package vn.onedoor.device.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PairingCodeRepository extends CrudRepository<PairingCode, String> {

    void deleteByDeviceId(Long deviceId);
}
