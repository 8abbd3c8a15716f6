package jo.gov.mol.dwr.mappings.canonical;

import java.util.regex.Pattern;

import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/** The published form of one kind of identifier, checked in the value object's {@code of(...)}. */
record IdentifierFormat(Pattern pattern, String what, String allowed) {

    static IdentifierFormat of(String regex, String what, String allowed) {
        return new IdentifierFormat(Pattern.compile(regex), what, allowed);
    }

    String check(String value) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw InvalidValueException.format(value, what, allowed);
        }
        return value;
    }
}
