package vn.onedoor.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import vn.onedoor.catalog.Procedure;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProcedureRepository extends CrudRepository<Procedure, Long> {

    List<Procedure> findByRetiredAtIsNullOrderByName();

    List<Procedure> findByFieldIdAndRetiredAtIsNullOrderByName(Long fieldId);

    @Query("""
            SELECT p.* FROM admin_procedure p
            JOIN service_group_procedure sgp ON sgp.procedure_id = p.id
            WHERE sgp.service_group_id = :serviceGroupId AND p.retired_at IS NULL
            ORDER BY p.name""")
    List<Procedure> findByServiceGroup(Long serviceGroupId);
}
