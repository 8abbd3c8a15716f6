package jo.gov.mol.dwr.mappings.validation;

import java.util.Objects;

/**
 * One problem found in an inbound message.
 *
 * @param field  the path of element or field names below the message root, joined by {@code /} ({@code Worker/PassportNo})
 * @param code   the stable error code
 * @param reason a sentence for a person: what is wrong and what is allowed
 */
public record ValidationError(String field, ErrorCode code, String reason) {
    public ValidationError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
