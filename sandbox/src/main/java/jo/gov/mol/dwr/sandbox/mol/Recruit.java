package jo.gov.mol.dwr.sandbox.mol;

import java.time.LocalDate;

/**
 * A worker as MoL's recruitment request describes them, with the name in the two parts their passport keeps apart:
 * the person the border will later see entering on MoI's approval.
 *
 * @param givenNames one or two given names, in Latin capitals
 * @param surname    the family name, in Latin capitals
 * @param sex        F or M
 */
public record Recruit(String requestId, String passportNo, String nationality, String surname, String givenNames,
                      LocalDate birthDate, String sex) {
}
