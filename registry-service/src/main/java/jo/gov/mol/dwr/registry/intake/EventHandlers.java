package jo.gov.mol.dwr.registry.intake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.source.Provenance;

/** Finds the handler of each event; refuses to start unless every kind of canonical event has exactly one. */
@Component
class EventHandlers {
    private final Map<Class<?>, EventHandler<?>> byType = new HashMap<>();

    EventHandlers(List<EventHandler<?>> handlers) {
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> other = byType.put(handler.eventType(), handler);
            if (other != null) {
                throw new IllegalStateException("two handlers for " + handler.eventType().getSimpleName() + ": "
                        + other.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        List<String> unhandled = Arrays.stream(CanonicalEvent.class.getPermittedSubclasses())
                .filter(type -> !byType.containsKey(type)).map(Class::getSimpleName).toList();
        if (!unhandled.isEmpty()) {
            throw new IllegalStateException("no handler for " + unhandled);
        }
    }

    void apply(CanonicalEvent fact, Provenance provenance) {
        applyWith(byType.get(fact.getClass()), fact, provenance);
    }

    private static <E extends CanonicalEvent> void applyWith(EventHandler<E> handler, CanonicalEvent fact,
                                                             Provenance provenance) {
        handler.apply(handler.eventType().cast(fact), provenance);
    }
}
