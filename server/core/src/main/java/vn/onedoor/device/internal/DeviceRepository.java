package vn.onedoor.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
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

    @Query("SELECT config_version FROM device WHERE id = :id")
    int configVersion(long id);

    @Query("UPDATE device SET config_version = config_version + 1 WHERE id = :id")
    void bumpConfigVersion(long id);

    @Query("UPDATE device SET name = :name, counter_id = :counterId WHERE id = :id")
    void updateNameAndCounter(long id, String name, @Nullable Long counterId);

    @Query("UPDATE device SET enabled = :enabled WHERE id = :id")
    void updateEnabled(long id, boolean enabled);

    @Query("UPDATE device SET token_hash = :tokenHash WHERE id = :id")
    void updateTokenHash(long id, String tokenHash);
}
