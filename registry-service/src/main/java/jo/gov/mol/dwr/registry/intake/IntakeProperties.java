package jo.gov.mol.dwr.registry.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param eventsQueue          the durable queue the hub puts canonical events on
 * @param consumers            the listener's concurrency, "min-max"; message groups keep each passport in order
 * @param maxDeliveryAttempts  after this many failed deliveries of one event the intake parks it in the
 *                             dead-letter queue (set it below the broker's own {@code max-delivery-attempts})
 * @param deadLetterQueue      where the intake parks what it cannot apply
 */
@ConfigurationProperties("registry")
record IntakeProperties(@DefaultValue("registry.events") String eventsQueue,
                        @DefaultValue("1-4") String consumers,
                        @DefaultValue("5") int maxDeliveryAttempts,
                        @DefaultValue("DLQ") String deadLetterQueue) {
}
