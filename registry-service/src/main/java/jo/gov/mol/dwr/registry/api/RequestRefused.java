package jo.gov.mol.dwr.registry.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A request the registry answers with a problem body (RFC 9457) instead of what was asked: its status, a stable
 * {@code code} and, for a request that is wrong in its fields, every field that is. Nothing of the request was
 * applied.
 */
public class RequestRefused extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final transient List<FieldProblem> errors;

    private RequestRefused(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static RequestRefused notFound(String code, String detail) {
        return new RequestRefused(HttpStatus.NOT_FOUND, code, detail, List.of());
    }

    /** A transition or change the current state does not allow (interfaces.md 6: 409). */
    public static RequestRefused conflict(String code, String detail) {
        return new RequestRefused(HttpStatus.CONFLICT, code, detail, List.of());
    }

    /** A request wrong in one or more of its fields; each is named. */
    public static RequestRefused invalid(List<FieldProblem> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names what is wrong with it");
        }
        return new RequestRefused(HttpStatus.BAD_REQUEST, "invalid_request",
                errors.size() == 1 ? errors.get(0).reason() : errors.size() + " fields are invalid", errors);
    }

    public static RequestRefused invalid(String pointer, String code, String reason) {
        return invalid(List.of(new FieldProblem(pointer, code, reason)));
    }

    /** The problem body answered, with its status. */
    public ResponseEntity<ProblemDetail> answer() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
