package jo.gov.mol.dwr.registry;

import java.time.Duration;

import org.awaitility.Awaitility;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;

/** Waits, as a test that publishes on the registry's queue must, until the registry has applied its events. */
public final class Applied {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Applied() {
    }

    public static void await(RegistryStatistics statistics, InboundEvent... events) {
        for (InboundEvent event : events) {
            Awaitility.await().atMost(PATIENCE).until(() -> statistics.isApplied(event.eventId()));
        }
    }
}
