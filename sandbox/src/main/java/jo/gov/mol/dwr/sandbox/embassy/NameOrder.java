package jo.gov.mol.dwr.sandbox.embassy;

import java.util.Map;

import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * How an embassy writes a worker's whole name in one field (interfaces.md 4b, 4c: "in the order the embassy keeps
 * it"), so that the registry sees the same person spelt otherwise than by MoL, who types given names first.
 */
enum NameOrder {
    /** {@code KUMARI HERATH}, as MoL writes it. */
    GIVEN_FIRST {
        @Override
        String write(Recruit worker) {
            return worker.givenNames() + " " + worker.surname();
        }
    },
    /** {@code HERATH KUMARI}: the family name first, as on Sri Lankan and Ugandan registers. */
    SURNAME_FIRST {
        @Override
        String write(Recruit worker) {
            return worker.surname() + " " + worker.givenNames();
        }
    },
    /** {@code OTIENO, WANJIRU}: the family name, a comma, the given names; quoted in a CSV file. */
    SURNAME_COMMA_GIVEN {
        @Override
        String write(Recruit worker) {
            return worker.surname() + ", " + worker.givenNames();
        }
    };

    private static final Map<String, NameOrder> BY_EMBASSY = Map.of("LKA", SURNAME_FIRST, "UGA", SURNAME_FIRST,
            "KEN", SURNAME_COMMA_GIVEN, "GHA", SURNAME_COMMA_GIVEN, "ETH", GIVEN_FIRST, "BGD", GIVEN_FIRST,
            "NPL", GIVEN_FIRST, "IDN", GIVEN_FIRST);

    abstract String write(Recruit worker);

    static NameOrder of(String embassy) {
        return BY_EMBASSY.getOrDefault(embassy, GIVEN_FIRST);
    }
}
