package jo.gov.mol.dwr.mappings.canonical;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/** Whether a traveller entered or left Jordan. */
public enum Direction {
    ENTRY, EXIT;

    /**
     * @throws InvalidValueException with {@code invalid_value} for anything but ENTRY or EXIT
     */
    public static Direction of(String value) {
        for (Direction direction : values()) {
            if (direction.name().equals(value)) {
                return direction;
            }
        }
        throw new InvalidValueException(ErrorCode.INVALID_VALUE, "'" + value + "' is not a direction (ENTRY or EXIT)");
    }
}
