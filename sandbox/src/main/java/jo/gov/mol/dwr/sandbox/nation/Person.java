package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;

import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * Someone of the nation as they truly are, whatever the systems write of them.
 *
 * @param personId the truth's own id for the person ({@code N-000001}); no system sees it
 * @param sex      F or M
 */
public record Person(String personId, String nationality, String sex, MolNames.PersonName name, LocalDate birthDate) {

    public String surname() {
        return name.surname().en();
    }

    public String givenNames() {
        return name.given().en();
    }
}
