package jo.gov.mol.dwr.mappings.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects the problems of one message while a mapper reads it field by field, so that the sender hears of
 * every problem at once and not only of the first. The first problem found for a field is the one kept.
 */
public final class FieldErrors {
    private final Map<String, ValidationError> byField = new LinkedHashMap<>();

    /** Reads a required field: absent or blank is {@link ErrorCode#REQUIRED}; a refused value is recorded; both give null. */
    public <T> T required(String field, String raw, Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            add(field, ErrorCode.REQUIRED, field + " is required");
            return null;
        }
        return parse(field, raw, parse);
    }

    /** Reads an optional field: absent or blank gives null without a problem. */
    public <T> T optional(String field, String raw, Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parse(field, raw, parse);
    }

    /** Checks that a non-string field (a number, a date, an enum the binding already parsed) is present. */
    public <T> T present(String field, T value) {
        if (value == null) {
            add(field, ErrorCode.REQUIRED, field + " is required");
        }
        return value;
    }

    private <T> T parse(String field, String raw, Function<String, T> parse) {
        try {
            return parse.apply(raw.strip());
        } catch (InvalidValueException e) {
            add(field, e.code(), e.getMessage());
            return null;
        } catch (RuntimeException e) {
            add(field, ErrorCode.INVALID_FORMAT, "'" + raw + "' is not valid here");
            return null;
        }
    }

    public void add(String field, ErrorCode code, String reason) {
        byField.putIfAbsent(field, new ValidationError(field, code, reason));
    }

    public void addAll(List<ValidationError> errors) {
        errors.forEach(e -> byField.putIfAbsent(e.field(), e));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<ValidationError> list() {
        return new ArrayList<>(byField.values());
    }

    /** Throws the collected problems, if any. */
    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidMessageException(list());
        }
    }
}
