package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A nationality or issuing state: ICAO 9303 / ISO 3166-1 alpha-3. */
public record CountryCode(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("[A-Z]{3}", "a country code", "ICAO 9303 / ISO 3166-1 alpha-3, three capital letters");

    public CountryCode {
        FORMAT.check(value);
    }

    @JsonCreator
    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
