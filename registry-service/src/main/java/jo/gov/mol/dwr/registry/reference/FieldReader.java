package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import jo.gov.mol.dwr.registry.api.FieldProblem;
import jo.gov.mol.dwr.registry.api.RequestRefused;

/**
 * Reads the values of a JSON body one member at a time and keeps every problem found, each named by its JSON
 * pointer, so that one answer names every bad field rather than the first. A value that is missing or wrong reads
 * as null; {@link #build} then makes nothing of a part that had a problem.
 */
final class FieldReader {
    static final String MISSING = "missing";
    static final String INVALID_VALUE = "invalid_value";
    static final String OUT_OF_RANGE = "out_of_range";

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Where a part starts reading; see {@link #build}. */
    int mark() {
        return problems.size();
    }

    /** What {@code build} makes of a part read since {@code mark}, or null when any of its values had a problem. */
    <T> T build(int mark, Supplier<T> build) {
        return problems.size() > mark ? null : build.get();
    }

    void problem(String pointer, String code, String reason) {
        problems.add(new FieldProblem(pointer, code, reason));
    }

    /** The value read, or the refusal naming every problem. */
    <T> T result(T read) {
        if (!problems.isEmpty()) {
            throw RequestRefused.invalid(problems);
        }
        return read;
    }

    JsonNode object(JsonNode parent, String pointer) {
        JsonNode node = present(parent, pointer);
        return node == null || expect(node.isObject(), pointer, "an object") ? node : null;
    }

    JsonNode array(JsonNode parent, String pointer) {
        JsonNode node = present(parent, pointer);
        return node == null || expect(node.isArray(), pointer, "an array") ? node : null;
    }

    String text(JsonNode parent, String pointer, int maxLength) {
        JsonNode node = present(parent, pointer);
        if (node == null || !expect(node.isTextual(), pointer, "text")) {
            return null;
        }
        String text = node.textValue().strip();
        if (text.isEmpty()) {
            problem(pointer, MISSING, pointer + " must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            problem(pointer, "too_long", pointer + " must be at most " + maxLength + " characters, not " + text.length());
            return null;
        }
        return text;
    }

    LocalDate date(JsonNode parent, String pointer) {
        JsonNode node = present(parent, pointer);
        if (node == null || !expect(node.isTextual(), pointer, "a date (YYYY-MM-DD)")) {
            return null;
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException notADate) {
            problem(pointer, INVALID_VALUE, pointer + " must be a date (YYYY-MM-DD), not '" + node.textValue() + "'");
            return null;
        }
    }

    Integer integer(JsonNode parent, String pointer, int min, int max) {
        JsonNode node = present(parent, pointer);
        if (node == null || !expect(node.canConvertToExactIntegral() && node.canConvertToInt(), pointer, "a whole number")) {
            return null;
        }
        int value = node.asInt();
        if (value < min || value > max) {
            problem(pointer, OUT_OF_RANGE, pointer + " must be from " + min + " to " + max + ", not " + value);
            return null;
        }
        return value;
    }

    /** A decimal that {@code allowed} accepts; {@code allowedText} says which to the caller ("more than 0"). */
    BigDecimal decimal(JsonNode parent, String pointer, Predicate<BigDecimal> allowed, String allowedText) {
        JsonNode node = present(parent, pointer);
        if (node == null || !expect(node.isNumber(), pointer, "a number")) {
            return null;
        }
        BigDecimal value = Amounts.plain(node.decimalValue());
        if (!allowed.test(value)) {
            problem(pointer, OUT_OF_RANGE, pointer + " must be " + allowedText + ", not " + value.toPlainString());
            return null;
        }
        return value;
    }

    Boolean bool(JsonNode parent, String pointer) {
        JsonNode node = present(parent, pointer);
        return node != null && expect(node.isBoolean(), pointer, "true or false") ? node.booleanValue() : null;
    }

    <E extends Enum<E>> E word(JsonNode parent, String pointer, Class<E> words) {
        JsonNode node = present(parent, pointer);
        return node == null ? null : wordAt(node, pointer, words);
    }

    /** A word of {@code words} at a node already found (an element of an array). */
    <E extends Enum<E>> E wordAt(JsonNode node, String pointer, Class<E> words) {
        String allowed = Arrays.toString(words.getEnumConstants());
        if (!expect(node.isTextual(), pointer, "one of " + allowed)) {
            return null;
        }
        try {
            return Enum.valueOf(words, node.textValue());
        } catch (IllegalArgumentException unknown) {
            problem(pointer, INVALID_VALUE, pointer + " must be one of " + allowed + ", not '" + node.textValue() + "'");
            return null;
        }
    }

    /** The member the pointer's last step names, or null (and a problem) when absent or JSON null. */
    private JsonNode present(JsonNode parent, String pointer) {
        JsonNode node = parent.get(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (node == null || node.isNull()) {
            problem(pointer, MISSING, pointer + " is required");
            return null;
        }
        return node;
    }

    private boolean expect(boolean shaped, String pointer, String shape) {
        if (!shaped) {
            problem(pointer, INVALID_VALUE, pointer + " must be " + shape);
        }
        return shaped;
    }
}
