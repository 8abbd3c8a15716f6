package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Ministry of Interior approval number, MOI-APR-YYYY-NNNNNN. */
public record ApprovalNo(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("MOI-APR-\\d{4}-\\d{6}", "a MoI approval number", "MOI-APR-YYYY-NNNNNN");

    public ApprovalNo {
        FORMAT.check(value);
    }

    @JsonCreator
    public static ApprovalNo of(String value) {
        return new ApprovalNo(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
