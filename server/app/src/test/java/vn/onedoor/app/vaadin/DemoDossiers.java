package vn.onedoor.app.vaadin;

import jakarta.inject.Singleton;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.ReceiveDossier;
import vn.onedoor.dossier.RecordDossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;

/** Dossiers of the demo center at a given step, received and moved on through the real services. */
@Singleton
public class DemoDossiers {

    private final ReceiveDossier receive;
    private final RecordDossierEvent record;
    private final Catalog catalog;
    private final CenterDirectory directory;

    DemoDossiers(ReceiveDossier receive, RecordDossierEvent record, Catalog catalog, CenterDirectory directory) {
        this.receive = receive;
        this.record = record;
        this.catalog = catalog;
        this.directory = directory;
    }

    /** A dossier received today, then taken through these steps in order; its code. */
    public String after(EventType... steps) {
        long centerId = directory.defaultCenter().orElseThrow().id();
        long procedure = catalog.procedures().stream().filter(p -> p.code().equals("2.000488")).findFirst().orElseThrow().id();
        Applicant an = new Applicant("Nguyễn Văn An", "079123456789", "0901234567", null, null);
        String code = receive.receive(new ReceiveDossier.Request(centerId, procedure, an, Channel.DIRECT, null, null,
                Actor.officer(null))).code();
        for (EventType step : steps) {
            DossierStep with = step == EventType.REJECTED ? new DossierStep(step, null, "Không đủ điều kiện", null)
                    : DossierStep.of(step);
            record.record(new RecordDossierEvent.Request(code, with, null, Actor.officer(null), null, null));
        }
        return code;
    }

    public String returned() {
        return after(EventType.RESULT_READY, EventType.RETURNED);
    }
}
