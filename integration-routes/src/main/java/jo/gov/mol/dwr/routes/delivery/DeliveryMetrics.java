package jo.gov.mol.dwr.routes.delivery;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code hub.deliveries{status=pending|dead}}: how many outbound messages wait, and how many failed for good. */
@Component
class DeliveryMetrics {
    DeliveryMetrics(MeterRegistry registry, Outbox outbox) {
        Gauge.builder("hub.deliveries", outbox, o -> o.count(Delivery.Status.PENDING)).tag("status", "pending")
                .description("outbound messages not yet delivered").register(registry);
        Gauge.builder("hub.deliveries", outbox, o -> o.count(Delivery.Status.DEAD)).tag("status", "dead")
                .description("outbound messages that failed for good (dead letters)").register(registry);
    }
}
