package jo.gov.mol.dwr.registry.api;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of a list of the API (interfaces.md 6): {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}
 * (default 50), answered as {@code {"content", "page", "size", "totalElements"}}.
 */
public record ListPage<T>(List<T> content, int page, int size, long totalElements) {
    public static final int MAX_SIZE = 500;

    /**
     * The page asked for, in this order.
     *
     * @throws RequestRefused 400 naming {@code page} or {@code size} when it is out of bounds
     */
    public static PageRequest request(int page, int size, Sort order) {
        if (page < 0) {
            throw RequestRefused.invalid("page", "out_of_bounds", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RequestRefused.invalid("size", "out_of_bounds",
                    "size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        return PageRequest.of(page, size, order);
    }

    public static <T> ListPage<T> of(Page<T> found) {
        return new ListPage<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /** A page cut from a whole list already in order (short lists assembled in memory). */
    public static <T> ListPage<T> of(List<T> all, PageRequest request) {
        List<T> content = all.stream().skip(request.getOffset()).limit(request.getPageSize()).toList();
        return new ListPage<>(content, request.getPageNumber(), request.getPageSize(), all.size());
    }
}
