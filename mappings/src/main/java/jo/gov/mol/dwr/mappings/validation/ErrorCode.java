package jo.gov.mol.dwr.mappings.validation;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable error codes of the whole system: the same word in SOAP faults, problem bodies, file reports,
 * dead-letter records and logs. docs/error-codes.md lists them for the outside systems.
 */
public enum ErrorCode {
    /** A required element, attribute or field is absent or empty. */
    REQUIRED,
    /** The value does not have the required form (pattern, date, number). */
    INVALID_FORMAT,
    /** The value is well formed but not one of the allowed values. */
    INVALID_VALUE,
    /** A number or date outside its allowed range. */
    OUT_OF_RANGE,
    /** Text longer than allowed. */
    TOO_LONG,
    /** An element that the contract does not allow here. */
    UNEXPECTED_ELEMENT,
    /** Two values of one message contradict each other (an expiry before the issue date). */
    INCONSISTENT_VALUES,
    /** The body is not well-formed XML or JSON, or uses a forbidden construct (DTD, entities). */
    MALFORMED_MESSAGE,
    /** The body is not one of the message types this endpoint accepts. */
    UNKNOWN_MESSAGE_TYPE,
    /** The message id was accepted before with different content. */
    MESSAGE_ID_CONFLICT,
    /** The body exceeds the size limit. */
    PAYLOAD_TOO_LARGE,
    /** The authenticated account may not submit this system's messages. */
    FORBIDDEN_SYSTEM,
    /** No credential, or one the hub does not know or has revoked (HTTP 401). */
    UNAUTHORIZED,
    /** The body is not of the channel's media type (HTTP 415). */
    UNSUPPORTED_MEDIA_TYPE,
    /** A check digit of a machine readable zone does not match. */
    INVALID_CHECK_DIGIT,
    /** A file's trailer count does not match its rows. */
    TRAILER_MISMATCH,
    /** The crossing point is not one of the published codes. */
    UNKNOWN_CROSSING_POINT,
    /** A nightly file's row names another crossing point than the file's name. */
    CROSSING_POINT_MISMATCH,
    /** The hub could not make the message durable; the sender should retry. */
    NOT_PERSISTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
