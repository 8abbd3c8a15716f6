package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A business identifier kept by an outside system (a complaint, report or transfer id, an embassy reference). */
public record Reference(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("[A-Za-z0-9][A-Za-z0-9/_.\\-]{0,39}", "a reference", "up to 40 letters, digits and / _ . -");

    public Reference {
        FORMAT.check(value);
    }

    @JsonCreator
    public static Reference of(String value) {
        return new Reference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
