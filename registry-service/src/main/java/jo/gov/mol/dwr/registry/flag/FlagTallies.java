package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.classification.OfficeFlagTally;
import jo.gov.mol.dwr.registry.classification.OfficeFlags;

/**
 * An office's flags for its classification. Until the flags are stored (the next step of the flags issue) an
 * office has none; classification is built against this port meanwhile.
 */
@Component
class FlagTallies implements OfficeFlags {

    @Override
    public OfficeFlagTally tally(String licenceNo, LocalDate from, LocalDate to) {
        return OfficeFlagTally.none();
    }
}
