package jo.gov.mol.dwr.mappings.border.mrz;

import java.util.List;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/**
 * A machine readable zone refused: the first problem of each line that has one, so that a mapper can name the
 * field of each line. {@link #code()} and the message are those of the first problem.
 */
public class InvalidMrzException extends InvalidValueException {
    private final List<Problem> problems;

    /**
     * One problem of one line.
     *
     * @param line   1 or 2
     * @param code   {@code invalid_check_digit}, {@code invalid_format} or {@code required}
     * @param reason what is wrong, naming the part of the line and the bad value
     */
    public record Problem(int line, ErrorCode code, String reason) {
    }

    InvalidMrzException(List<Problem> problems) {
        super(problems.get(0).code(), problems.stream().map(Problem::reason).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
