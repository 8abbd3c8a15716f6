package jo.gov.mol.dwr.registry.embassy;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

/** Keeps a version of an embassy's welfare case; nobody is told of it (interfaces.md 1b has no welfare notice). */
@Component
class WelfareCaseHandler implements EventHandler<WelfareCaseRecorded> {
    private final EmbassyRecordKeeper keeper;

    WelfareCaseHandler(EmbassyRecordKeeper keeper) {
        this.keeper = keeper;
    }

    @Override
    public Class<WelfareCaseRecorded> eventType() {
        return WelfareCaseRecorded.class;
    }

    @Override
    public void apply(WelfareCaseRecorded fact, Provenance provenance) {
        keeper.keep(fact, provenance);
    }
}
