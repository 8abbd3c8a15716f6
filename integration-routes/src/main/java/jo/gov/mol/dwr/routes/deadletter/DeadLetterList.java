package jo.gov.mol.dwr.routes.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.Outbox;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;

/** The one list of dead letters over the outbox's dead deliveries and the inbound dead-letter store. */
@Component
class DeadLetterList {
    private final DeadLetterIndex index;
    private final Outbox outbox;
    private final DeadLetterStore inbound;
    private final Clock clock;

    DeadLetterList(DeadLetterIndex index, Outbox outbox, DeadLetterStore inbound, Optional<Clock> clock) {
        this.index = index;
        this.outbox = outbox;
        this.inbound = inbound;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    record Page(List<DeadLetter> content, int page, int size, long totalElements) {
    }

    Page page(Optional<Direction> direction, int page, int size) {
        List<DeadLetterId> ids = index.page(direction, page, size);
        Map<String, DeadLetter> loaded = new HashMap<>();
        outbox.findAll(numbers(ids, Direction.OUTBOUND)).forEach(d -> put(loaded, DeadLetter.of(d)));
        inbound.findAll(numbers(ids, Direction.INBOUND)).forEach(d -> put(loaded, DeadLetter.of(d)));
        // a row gone between the index and the load (none is deleted today) is left out rather than shown empty
        List<DeadLetter> content = ids.stream().map(id -> loaded.get(id.toString())).filter(d -> d != null).toList();
        return new Page(content, page, size, total(direction));
    }

    /** The dead letter of this id; an outbound one is found in whatever status it is now, such as re-driven. */
    Optional<DeadLetter> find(DeadLetterId id) {
        return switch (id.direction()) {
            case OUTBOUND -> outbox.find(id.number()).map(DeadLetter::of);
            case INBOUND -> inbound.find(id.number()).map(DeadLetter::of);
        };
    }

    /** Sends an outbound dead letter again from its first attempt; false when it is not dead (any more). */
    boolean redrive(DeadLetterId id) {
        return id.direction() == Direction.OUTBOUND && outbox.redrive(id.number(), Instant.now(clock));
    }

    private long total(Optional<Direction> direction) {
        long out = direction.orElse(Direction.OUTBOUND) == Direction.OUTBOUND ? outbox.count(Delivery.Status.DEAD) : 0;
        long in = direction.orElse(Direction.INBOUND) == Direction.INBOUND ? inbound.count() : 0;
        return out + in;
    }

    private static List<Long> numbers(List<DeadLetterId> ids, Direction direction) {
        return ids.stream().filter(id -> id.direction() == direction).map(DeadLetterId::number).toList();
    }

    private static void put(Map<String, DeadLetter> loaded, DeadLetter deadLetter) {
        loaded.put(deadLetter.id(), deadLetter);
    }
}
