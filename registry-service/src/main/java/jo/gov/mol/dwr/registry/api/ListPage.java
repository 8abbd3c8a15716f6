package jo.gov.mol.dwr.registry.api;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * One page of a list of the API (interfaces.md 6): {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}
 * (default 50), answered as {@code {"content", "page", "size", "totalElements"}}.
 */
public record ListPage<T>(List<T> content, int page, int size, long totalElements) {
    public static final int MAX_SIZE = 500;

    /** The 400 problem of a page asked out of bounds; empty when it is within them. */
    public static Optional<ProblemDetail> outOfBounds(int page, int size) {
        if (page >= 0 && size >= 1 && size <= MAX_SIZE) {
            return Optional.empty();
        }
        return Optional.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "page must be 0 or more and size between 1 and " + MAX_SIZE));
    }
}
