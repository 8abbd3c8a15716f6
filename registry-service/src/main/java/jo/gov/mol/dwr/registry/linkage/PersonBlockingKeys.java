package jo.gov.mol.dwr.registry.linkage;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The blocking keys of a person record: two records are compared only if they share one. Each key rests on other
 * fields, so that a record with a renewed passport, a mistyped birth date or a name in another script still meets its
 * person through another:
 * <ul>
 * <li>{@code P:<number>} the folded passport number (whatever the issuing state, which may be mistyped);</li>
 * <li>{@code D:<yyyyMMdd>} the birth date;</li>
 * <li>{@code Y:<nationality>:<year>:<code>} nationality, birth year and a name token's Double Metaphone code or
 * consonant skeleton (a day or month typo, a swap, a renewal);</li>
 * <li>{@code M:<nationality>:<MMdd>:<code>} the same with birth month and day (a typo in the year);</li>
 * <li>{@code R:<number>} a shared request, approval or permit number.</li>
 * </ul>
 * The persistence step may store these per record and look candidates up by them.
 */
public final class PersonBlockingKeys {

    private PersonBlockingKeys() {
    }

    public static Set<String> of(StandardisedPerson person) {
        Set<String> keys = new LinkedHashSet<>();
        if (person.passportNumber() != null) {
            keys.add("P:" + person.passportNumber());
        }
        String digits = person.birthDateDigits();
        if (digits != null) {
            keys.add("D:" + digits);
            if (person.nationality() != null) {
                for (NameForm form : person.names()) {
                    for (NameToken token : form.tokens()) {
                        if (!token.particle()) {
                            nameKeys(keys, "Y:" + person.nationality() + ":" + digits.substring(0, 4) + ":", token);
                            nameKeys(keys, "M:" + person.nationality() + ":" + digits.substring(4) + ":", token);
                        }
                    }
                }
            }
        }
        for (String number : person.businessNumbers()) {
            keys.add("R:" + number);
        }
        return keys;
    }

    private static void nameKeys(Set<String> keys, String prefix, NameToken token) {
        if (!token.phonetic().isEmpty()) {
            keys.add(prefix + token.phonetic());
        }
        if (!token.skeleton().isEmpty()) {
            keys.add(prefix + "S" + token.skeleton());
        }
    }
}
