package jo.gov.mol.dwr.sandbox.mol;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A worker as MoL's recruitment request describes them, with the name in the two parts their passport keeps apart,
 * and the terms of the request: the person the border will later see entering on MoI's approval, and whose contract
 * their embassy attests.
 *
 * @param givenNames      one or two given names, in Latin capitals
 * @param surname         the family name, in Latin capitals
 * @param sex             F or M
 * @param officeLicenceNo the recruitment office of the request
 * @param employerId      the employer's national number
 * @param salary          the monthly salary of the contract, in {@code currency}
 * @param currency        USD or JOD
 */
public record Recruit(String requestId, String passportNo, String nationality, String surname, String givenNames,
                      LocalDate birthDate, String sex, String officeLicenceNo, String employerId, BigDecimal salary,
                      String currency) {
}
