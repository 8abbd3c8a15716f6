package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;

/** Brings a {@link PersonRecord} as a source gave it to the {@link StandardisedPerson} that linkage compares. */
public final class PersonStandardiser {

    private final NameStandardiser names;

    public PersonStandardiser(NameStandardiser names) {
        this.names = names;
    }

    public StandardisedPerson standardise(PersonRecord record) {
        List<NameForm> forms = new ArrayList<>(2);
        names.latin(record.nameLatin()).ifPresent(forms::add);
        names.arabic(record.nameArabic()).ifPresent(forms::add);
        var passport = record.passport();
        return new StandardisedPerson(record.source(), forms, record.birthDate(), record.sex(),
                code(record.nationality()),
                passport == null ? null : passport.issuingState().value(),
                passport == null ? null : passport.number().folded(),
                record.businessNumbers().stream().map(number -> number.strip().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toSet()));
    }

    /**
     * The name forms of a person record the registry kept as token text ({@link NameForm#text()} of the Latin and
     * of the Arabic-script form), so that a stored record is compared again exactly as it was when it arrived.
     */
    public List<NameForm> restoredNames(String latinTokens, String arabicTokens) {
        List<NameForm> forms = new ArrayList<>(2);
        names.restored(Script.LATIN, latinTokens).ifPresent(forms::add);
        names.restored(Script.ARABIC, arabicTokens).ifPresent(forms::add);
        return forms;
    }

    private static String code(CountryCode country) {
        return country == null ? null : country.value();
    }
}
