package vn.onedoor.calendar.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OverrideRepository extends CrudRepository<OverrideRow, Long> {

    List<OverrideRow> findByCenterIdAndDayBetweenOrderByDay(long centerId, LocalDate from, LocalDate to);

    Optional<OverrideRow> findByIdAndCenterId(long id, long centerId);

    boolean existsByCenterIdAndDay(long centerId, LocalDate day);
}
