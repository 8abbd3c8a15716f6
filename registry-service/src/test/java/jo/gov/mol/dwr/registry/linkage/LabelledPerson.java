package jo.gov.mol.dwr.registry.linkage;

import java.time.LocalDate;
import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.Sex;

/** A person of the labelled evaluation as their passport names them: the truth the sources blur. */
record LabelledPerson(String id, String nationality, Sex sex, List<String> givenNames, List<String> surnames,
                      LocalDate birthDate, String passportNo) {

    String given() {
        return String.join(" ", givenNames);
    }

    String surname() {
        return String.join(" ", surnames);
    }
}
