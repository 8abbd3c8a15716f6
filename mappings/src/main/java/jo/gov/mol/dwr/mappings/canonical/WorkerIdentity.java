package jo.gov.mol.dwr.mappings.canonical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as a record that carries a name and a birth date describes them; the registry links it to a person.
 *
 * @param passport    the issuing state (the nationality where the source gives no other) and passport number
 * @param nationality the nationality the source states
 * @param nameLatin   the name in Latin script, in the source's own order
 * @param nameArabic  the name in Arabic script, where the source gives one
 */
public record WorkerIdentity(PassportRef passport, CountryCode nationality, String nameLatin, String nameArabic,
                             LocalDate birthDate, Sex sex) {
    public WorkerIdentity {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(nationality, "nationality");
    }
}
