package jo.gov.mol.dwr.registry;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;

/** Waits, as a test that publishes on the registry's queue must, until the registry has applied its events. */
public final class Applied {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Applied() {
    }

    /** Puts the events on the registry's queue as the hub does, then waits until the registry applied each. */
    public static void published(JmsTemplate jms, RegistryStatistics statistics, InboundEvent... events) {
        RegistryQueue queue = new RegistryQueue(jms);
        for (InboundEvent event : events) {
            queue.publish(event);
        }
        await(statistics, events);
    }

    public static void await(RegistryStatistics statistics, InboundEvent... events) {
        for (InboundEvent event : events) {
            Awaitility.await().atMost(PATIENCE).until(() -> statistics.isApplied(event.eventId()));
        }
    }
}
