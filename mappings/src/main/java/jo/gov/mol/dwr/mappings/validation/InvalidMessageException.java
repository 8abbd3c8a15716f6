package jo.gov.mol.dwr.mappings.validation;

import java.util.List;

/** An inbound message refused as a whole, with every problem found in it. */
public class InvalidMessageException extends RuntimeException {
    private final List<ValidationError> errors;

    public InvalidMessageException(List<ValidationError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid message needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidMessageException(ValidationError error) {
        this(List.of(error));
    }

    public List<ValidationError> errors() {
        return errors;
    }

    private static String summary(List<ValidationError> errors) {
        StringBuilder s = new StringBuilder();
        for (ValidationError e : errors) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(e.field()).append(": ").append(e.code().code()).append(" (").append(e.reason()).append(')');
        }
        return s.toString();
    }
}
