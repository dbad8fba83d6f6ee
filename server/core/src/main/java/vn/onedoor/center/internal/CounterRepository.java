package vn.onedoor.center.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import vn.onedoor.center.Counter;
import vn.onedoor.center.CounterAssignment;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CounterRepository extends CrudRepository<Counter, Long> {

    List<Counter> findByCenterIdOrderByNumber(Long centerId);

    List<Counter> findByCenterIdAndRetiredAtIsNullOrderByNumber(Long centerId);

    @Query("""
            SELECT csg.counter_id AS counter_id, csg.service_group_id AS service_group_id,
                   sg.prefix AS prefix, sg.name AS group_name, csg.weight AS weight
            FROM counter_service_group csg
            JOIN service_group sg ON sg.id = csg.service_group_id
            JOIN counter c ON c.id = csg.counter_id
            WHERE c.center_id = :centerId AND c.retired_at IS NULL AND sg.retired_at IS NULL
            ORDER BY csg.counter_id, sg.sort_order, sg.prefix""")
    List<CounterAssignment> findAssignmentsByCenter(Long centerId);

    @Query("INSERT INTO counter_service_group (counter_id, service_group_id, weight) VALUES (:counterId, :serviceGroupId, :weight)")
    void insertAssignment(Long counterId, Long serviceGroupId, int weight);

    /** Every assignment of a center's counters, retired groups and counters included (administration). */
    @Query("""
            SELECT csg.counter_id AS counter_id, csg.service_group_id AS service_group_id,
                   sg.prefix AS prefix, sg.name AS group_name, csg.weight AS weight
            FROM counter_service_group csg
            JOIN service_group sg ON sg.id = csg.service_group_id
            JOIN counter c ON c.id = csg.counter_id
            WHERE c.center_id = :centerId
            ORDER BY csg.counter_id, sg.sort_order, sg.prefix""")
    List<CounterAssignment> findAllAssignmentsByCenter(Long centerId);
}
