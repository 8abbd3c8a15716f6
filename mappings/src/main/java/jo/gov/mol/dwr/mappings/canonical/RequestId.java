package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Ministry of Labour recruitment request number, MOL-REQ-YYYY-NNNNNN. */
public record RequestId(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("MOL-REQ-\\d{4}-\\d{6}", "a MoL request number", "MOL-REQ-YYYY-NNNNNN");

    public RequestId {
        FORMAT.check(value);
    }

    @JsonCreator
    public static RequestId of(String value) {
        return new RequestId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
