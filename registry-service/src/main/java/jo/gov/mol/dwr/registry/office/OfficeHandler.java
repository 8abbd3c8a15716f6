package jo.gov.mol.dwr.registry.office;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

@Component
class OfficeHandler implements EventHandler<OfficeLicenceRecorded> {
    private final OfficeRepository offices;

    OfficeHandler(OfficeRepository offices) {
        this.offices = offices;
    }

    @Override
    public Class<OfficeLicenceRecorded> eventType() {
        return OfficeLicenceRecorded.class;
    }

    @Override
    public void apply(OfficeLicenceRecorded fact, Provenance provenance) {
        LicenceTerms licence = LicenceTerms.of(fact);
        offices.findByLicenceNo(fact.licenceNo().value()).ifPresentOrElse(
                office -> office.record(licence, provenance),
                () -> offices.save(Office.licensed(fact.licenceNo(), licence, provenance)));
    }
}
