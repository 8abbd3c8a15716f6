package jo.gov.mol.dwr.mappings.canonical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A traveller as their passport's machine readable zone describes them: names in the zone's alphabet, possibly
 * truncated, fillers read as spaces. The registry links it to a person.
 *
 * @param passport    the issuing state and passport number the zone gives (both: not taken from the nationality)
 * @param surname     the primary identifier
 * @param givenNames  the secondary identifier; null when the zone has none
 * @param sex         null when the zone leaves it unspecified
 */
public record TravellerIdentity(PassportRef passport, CountryCode nationality, String surname, String givenNames,
                                LocalDate birthDate, Sex sex, LocalDate passportExpiresOn) {
    public TravellerIdentity {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(passportExpiresOn, "passportExpiresOn");
    }
}
