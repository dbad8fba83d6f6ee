package vn.onedoor.catalog;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import vn.onedoor.catalog.internal.AgencyRepository;
import vn.onedoor.catalog.internal.FieldRepository;
import vn.onedoor.catalog.internal.ProcedureFormRepository;
import vn.onedoor.catalog.internal.ProcedureRepository;

/** Read access to the procedure catalog: agencies, fields, procedures and their forms. */
@Singleton
public class Catalog {

    private final AgencyRepository agencies;
    private final FieldRepository fields;
    private final ProcedureRepository procedures;
    private final ProcedureFormRepository forms;

    Catalog(AgencyRepository agencies, FieldRepository fields, ProcedureRepository procedures,
            ProcedureFormRepository forms) {
        this.agencies = agencies;
        this.fields = fields;
        this.procedures = procedures;
        this.forms = forms;
    }

    public List<Agency> agencies() {
        return agencies.listOrderByName();
    }

    public Optional<Agency> agency(long id) {
        return agencies.findById(id);
    }

    public List<Field> fields() {
        return fields.listOrderByName();
    }

    public List<Procedure> procedures() {
        return procedures.findByRetiredAtIsNullOrderByName();
    }

    public Optional<Procedure> procedure(long id) {
        return procedures.findById(id);
    }

    public List<Procedure> proceduresOfField(long fieldId) {
        return procedures.findByFieldIdAndRetiredAtIsNullOrderByName(fieldId);
    }

    public List<Procedure> proceduresOfServiceGroup(long serviceGroupId) {
        return procedures.findByServiceGroup(serviceGroupId);
    }

    public List<ProcedureForm> forms(long procedureId) {
        return forms.findByProcedureIdOrderByCode(procedureId);
    }
}
