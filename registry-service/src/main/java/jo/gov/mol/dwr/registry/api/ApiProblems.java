package jo.gov.mol.dwr.registry.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns a refused request into its problem body: {@code code} and, where fields are wrong, {@code errors} with a
 * pointer, code and reason each. Only the registry's controllers are advised; the hub answers its own.
 */
@RestControllerAdvice(basePackages = "jo.gov.mol.dwr.registry")
class ApiProblems {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(RequestRefused.class)
    ResponseEntity<ProblemDetail> refused(RequestRefused refused) {
        return refused.answer();
    }

    /** A path variable or query parameter of the wrong type: {@code /api/workers/abc}, {@code ?from=yesterday}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException mismatch) {
        String expected = mismatch.getRequiredType() == null ? "another type" : mismatch.getRequiredType().getSimpleName();
        return refused(RequestRefused.invalid(mismatch.getName(), "invalid_value",
                mismatch.getName() + " must be a " + expected + ", not '" + mismatch.getValue() + "'"));
    }

    /** A body that is not JSON, or not of the request's shape; the parser's own words stay in the log. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        LOG.info("refused an unreadable request body: {}", unreadable.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not JSON of the expected shape");
        problem.setProperty("code", "malformed_body");
        return ResponseEntity.badRequest().body(problem);
    }
}
