package jo.gov.mol.dwr.registry.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;

/** The licensed offices as MoL's licence messages describe them, read by date. */
@Component
public class Offices {
    private final OfficeRepository offices;

    Offices(OfficeRepository offices) {
        this.offices = offices;
    }

    /** The office's licence in force on a date; empty for an office never licensed or not yet licensed then. */
    @Transactional(readOnly = true)
    public Optional<LicenceOnDate> licenceOn(LicenceNo licenceNo, LocalDate date) {
        return offices.findByLicenceNo(licenceNo.value()).flatMap(office -> office.on(date));
    }

    /** Whether MoL ever sent a licence for this office. */
    @Transactional(readOnly = true)
    public boolean isKnown(LicenceNo licenceNo) {
        return offices.findByLicenceNo(licenceNo.value()).isPresent();
    }

    /** Every office MoL ever licensed, by licence number. */
    @Transactional(readOnly = true)
    public List<String> licenceNos() {
        return offices.findAll().stream().map(Office::licenceNo).sorted().toList();
    }
}
