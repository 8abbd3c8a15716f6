package jo.gov.mol.dwr.sandbox.border;

import java.time.LocalDate;

/**
 * The data page of a traveller's passport, as far as its machine readable zone repeats it.
 *
 * @param issuingState   ICAO 9303 three-letter code
 * @param number         the passport number, at most nine characters
 * @param surname        the primary identifier, words separated by spaces or hyphens
 * @param givenNames     the secondary identifier; empty or null when there are none
 * @param sex            F, M, or null when unspecified
 * @param personalNumber the optional personal number; null when there is none
 */
public record Passport(String issuingState, String number, String surname, String givenNames, String nationality,
                       LocalDate birthDate, String sex, LocalDate expiryDate, String personalNumber) {

    /** A passport whose issuing state is the holder's nationality and that carries no personal number. */
    public static Passport of(String number, String nationality, String surname, String givenNames, LocalDate birthDate,
                              String sex, LocalDate expiryDate) {
        return new Passport(nationality, number, surname, givenNames, nationality, birthDate, sex, expiryDate, null);
    }

    public Mrz mrz() {
        return Mrz.of(this);
    }
}
