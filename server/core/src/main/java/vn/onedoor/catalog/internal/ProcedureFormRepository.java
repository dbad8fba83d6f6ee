package vn.onedoor.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import vn.onedoor.catalog.ProcedureForm;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProcedureFormRepository extends CrudRepository<ProcedureForm, Long> {

    List<ProcedureForm> findByProcedureIdOrderByCode(Long procedureId);
}
