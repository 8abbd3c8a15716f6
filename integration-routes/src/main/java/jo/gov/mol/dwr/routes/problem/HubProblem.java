package jo.gov.mol.dwr.routes.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * Every problem the hub answers a JSON channel's caller with (RFC 9457): its {@code type}, {@code title} and
 * {@code status}; a {@code code} where the whole message is refused for one reason; and for a message with bad
 * fields {@code errors}, one {@code {pointer, code, reason}} per problem.
 */
public enum HubProblem {
    INVALID_MESSAGE(HttpStatus.BAD_REQUEST, "The message is invalid", null),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "A valid bearer token is required", ErrorCode.UNAUTHORIZED),
    FORBIDDEN_SYSTEM(HttpStatus.FORBIDDEN, "This caller may not submit these messages", ErrorCode.FORBIDDEN_SYSTEM),
    MESSAGE_ID_CONFLICT(HttpStatus.CONFLICT, "The message id was accepted before with different content",
            ErrorCode.MESSAGE_ID_CONFLICT),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large", ErrorCode.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body must be application/json",
            ErrorCode.UNSUPPORTED_MEDIA_TYPE),
    NOT_PERSISTED(HttpStatus.SERVICE_UNAVAILABLE, "The hub could not keep the message; send it again later",
            ErrorCode.NOT_PERSISTED);

    private static final String TYPES = "urn:jo:gov:mol:dwr:problem:";

    /** One bad field: {@code pointer} is a JSON Pointer into the message. */
    public record FieldProblem(String pointer, ErrorCode code, String reason) {
        static FieldProblem of(ValidationError error) {
            return new FieldProblem(error.field(), error.code(), error.reason());
        }
    }

    private final HttpStatus status;
    private final String title;
    private final ErrorCode code;

    HubProblem(HttpStatus status, String title, ErrorCode code) {
        this.status = status;
        this.title = title;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    /** The error code of a problem of the whole message; null where each bad field has its own. */
    public ErrorCode code() {
        return code;
    }

    public ProblemDetail detail(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + name().toLowerCase(Locale.ROOT)));
        problem.setTitle(title);
        if (code != null) {
            problem.setProperty("code", code);
        }
        return problem;
    }

    /** @param errors one per problem, each naming its field by a JSON Pointer */
    public ProblemDetail detail(String detail, List<ValidationError> errors) {
        ProblemDetail problem = detail(detail);
        problem.setProperty("errors", errors.stream().map(FieldProblem::of).toList());
        return problem;
    }
}
