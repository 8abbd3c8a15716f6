package jo.gov.mol.dwr.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock the hub and the registry read in the sandbox (policy.md, Time: "the sandbox drives the clock, so that
 * months replay in minutes"). It runs at the pace of wall time from where it was last set, and a replay moves it
 * forward to each fact's business time ({@link #advanceTo}); it never goes back, so that deadlines the hub's outbox
 * sets keep falling due. Unset, it reads the system's time.
 */
public final class SandboxClock extends Clock {
    private volatile Instant anchor;
    private volatile long anchoredAt;

    private SandboxClock(Instant anchor) {
        this.anchor = anchor;
        this.anchoredAt = System.nanoTime();
    }

    /** A clock that reads the system's time until a replay moves it. */
    public static SandboxClock system() {
        return new SandboxClock(null);
    }

    /** A clock that starts at the given business time. */
    public static SandboxClock startingAt(Instant start) {
        return new SandboxClock(start);
    }

    /** Moves the clock to this business time, unless it already reads later. */
    public synchronized void advanceTo(Instant businessTime) {
        if (businessTime.isAfter(instant())) {
            anchor = businessTime;
            anchoredAt = System.nanoTime();
        }
    }

    @Override
    public Instant instant() {
        Instant from = anchor;
        return from == null ? Instant.now() : from.plusNanos(System.nanoTime() - anchoredAt);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
