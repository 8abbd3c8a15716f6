package jo.gov.mol.dwr.mappings.canonical;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A passport number as a source gave it (upper-cased and trimmed). Sources type it by hand, so two spellings
 * of one passport meet on {@link #folded()}.
 */
public record PassportNo(@JsonValue String value) {
    private static final IdentifierFormat FORMAT =
            IdentifierFormat.of("[A-Z0-9][A-Z0-9 \\-]{0,19}", "a passport number", "up to 20 letters, digits, spaces and hyphens");

    public PassportNo {
        FORMAT.check(value);
    }

    @JsonCreator
    public static PassportNo of(String value) {
        return new PassportNo(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The form on which records join (interfaces.md): upper case, spaces and hyphens removed, the letter O read
     * as the digit 0 and the letter I as the digit 1.
     */
    public String folded() {
        return value.replace(" ", "").replace("-", "").replace('O', '0').replace('I', '1');
    }

    @Override
    public String toString() {
        return value;
    }
}
