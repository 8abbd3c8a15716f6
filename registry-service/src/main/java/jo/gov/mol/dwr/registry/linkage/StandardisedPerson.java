package jo.gov.mol.dwr.registry.linkage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jo.gov.mol.dwr.mappings.canonical.Sex;

/**
 * A person record in the form linkage compares: names as Latin tokens (one form per script given), the passport as
 * issuing state and folded number, and the business numbers it carries. Null where the source said nothing.
 */
public record StandardisedPerson(SourceKind source, List<NameForm> names, LocalDate birthDate, Sex sex,
                                 String nationality, String issuingState, String passportNumber,
                                 Set<String> businessNumbers) {

    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    public StandardisedPerson {
        names = List.copyOf(names);
        businessNumbers = Set.copyOf(businessNumbers);
    }

    /** Issuing state and folded number: the key on which records of one passport meet (interfaces.md). */
    public String passportKey() {
        return issuingState == null || passportNumber == null ? null : issuingState + ":" + passportNumber;
    }

    /** The tokens of the name form written in {@code script}, as text, or null when the source gave none. */
    public String nameTokens(Script script) {
        return names.stream().filter(form -> form.script() == script).map(NameForm::text).findFirst().orElse(null);
    }

    /** The birth date as yyyyMMdd digits, as {@link BirthDateComparator} compares it. */
    public String birthDateDigits() {
        return birthDate == null ? null : birthDate.format(DIGITS);
    }
}
