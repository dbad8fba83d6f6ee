package vn.onedoor.device.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.PeripheralKind;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PeripheralRepository extends CrudRepository<Peripheral, Long> {

    List<Peripheral> findByAgentIdOrderById(Long agentId);

    List<Peripheral> findByCounterIdAndKindAndEnabled(Long counterId, PeripheralKind kind, boolean enabled);

    Optional<Peripheral> findFirstByCounterIdAndKindAndEnabledOrderById(Long counterId, PeripheralKind kind, boolean enabled);

    Optional<Peripheral> findFirstByServesDeviceIdAndKindAndEnabledOrderById(Long servesDeviceId, PeripheralKind kind,
            boolean enabled);
}
