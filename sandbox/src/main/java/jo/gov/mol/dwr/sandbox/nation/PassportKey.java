package jo.gov.mol.dwr.sandbox.nation;

import java.util.Locale;

/**
 * A passport as the registry matches it (interfaces.md, conventions): its nationality and its number folded (upper
 * case, spaces and hyphens removed, letter O read as 0 and I as 1), so that the truth and the registry's answers meet.
 */
record PassportKey(String nationality, String folded) {

    static PassportKey of(String nationality, String passportNo) {
        String folded = passportNo == null ? "" : passportNo.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1');
        return new PassportKey(nationality, folded);
    }
}
