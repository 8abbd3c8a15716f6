package jo.gov.mol.dwr.sandbox.moi;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * MoI being down for a while ("MoI may be down for hours", interfaces.md 2), shortened: right after it answered its
 * {@code down-after}-th ApprovalRequest, MoI answers every call with HTTP 503 for {@code down-for}, once per run.
 * The hub keeps the requests and retries them with backoff.
 */
final class MoiOutage {
    private static final Logger LOG = LoggerFactory.getLogger(MoiOutage.class);

    private final int downAfter;
    private final Duration downFor;
    private final LongAdder refused = new LongAdder();
    private volatile Instant downUntil;

    MoiOutage(int downAfter, Duration downFor) {
        this.downAfter = downAfter;
        this.downFor = downFor;
    }

    /** MoI has answered its {@code answered}-th ApprovalRequest. */
    void answered(long answered) {
        if (downAfter > 0 && answered == downAfter && !downFor.isZero()) {
            downUntil = Instant.now().plus(downFor);
            LOG.info("MoI simulator: down after {} ApprovalRequests, answering HTTP 503 for {}", downAfter, downFor);
        }
    }

    boolean isDown() {
        Instant until = downUntil;
        return until != null && Instant.now().isBefore(until);
    }

    /** The calls answered 503 while down. */
    long refused() {
        return refused.sum();
    }

    int downAfter() {
        return downAfter;
    }

    Duration downFor() {
        return downFor;
    }

    /** The filter in front of MoI's service. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isDown()) {
                    refused.increment();
                    response.setHeader("Retry-After", Long.toString(Math.max(1, downFor.toSeconds())));
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
