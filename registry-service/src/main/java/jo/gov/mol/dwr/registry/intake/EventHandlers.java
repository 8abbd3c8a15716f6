package jo.gov.mol.dwr.registry.intake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * Finds the handler of each kind of event: at most one per kind. The canonical model may grow before the registry
 * handles a new kind of event; such events are parked by the intake, to be redriven once a handler exists.
 */
@Component
class EventHandlers {
    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    private final Map<Class<?>, EventHandler<?>> byType = new HashMap<>();

    EventHandlers(List<EventHandler<?>> handlers) {
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> other = byType.put(handler.eventType(), handler);
            if (other != null) {
                throw new IllegalStateException("two handlers for " + handler.eventType().getSimpleName() + ": "
                        + other.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        List<String> unhandled = unhandled();
        if (!unhandled.isEmpty()) {
            log.warn("no handler yet for {}: such events are parked as {}", unhandled, IntakeError.UNHANDLED_EVENT.code());
        }
    }

    boolean handles(CanonicalEvent fact) {
        return byType.containsKey(fact.getClass());
    }

    List<String> unhandled() {
        return Arrays.stream(CanonicalEvent.class.getPermittedSubclasses())
                .filter(type -> !byType.containsKey(type)).map(Class::getSimpleName).sorted().toList();
    }

    /** @throws IllegalArgumentException for a kind of event without a handler (see {@link #handles}) */
    void apply(CanonicalEvent fact, Provenance provenance) {
        EventHandler<?> handler = byType.get(fact.getClass());
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + fact.getClass().getSimpleName());
        }
        applyWith(handler, fact, provenance);
    }

    private static <E extends CanonicalEvent> void applyWith(EventHandler<E> handler, CanonicalEvent fact,
                                                             Provenance provenance) {
        handler.apply(handler.eventType().cast(fact), provenance);
    }
}
