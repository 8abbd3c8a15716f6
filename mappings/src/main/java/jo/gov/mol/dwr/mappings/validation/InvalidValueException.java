package jo.gov.mol.dwr.mappings.validation;

/**
 * A value that a canonical value object refused. It names the bad value and what is allowed; the mapper that
 * called {@code of(...)} knows the field and turns it into a {@link ValidationError}.
 */
public class InvalidValueException extends IllegalArgumentException {
    private final ErrorCode code;

    public InvalidValueException(ErrorCode code, String reason) {
        super(reason);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static InvalidValueException format(String value, String what, String allowed) {
        return new InvalidValueException(ErrorCode.INVALID_FORMAT, "'" + value + "' is not " + what + " (" + allowed + ")");
    }
}
