package jo.gov.mol.dwr.routes.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How the hub retries a delivery ({@code hub.delivery.*}): exponential backoff from {@code initial-backoff},
 * multiplied by {@code multiplier} up to {@code max-backoff}, for {@code give-up-after} (7 days, decisions.md)
 * after the notice was enqueued; then it is a dead letter.
 */
@ConfigurationProperties("hub.delivery")
public record DeliveryPolicy(@DefaultValue("1s") Duration pollInterval,
                             @DefaultValue("50") int batch,
                             @DefaultValue("2m") Duration lease,
                             @DefaultValue("5s") Duration initialBackoff,
                             @DefaultValue("2.0") double multiplier,
                             @DefaultValue("1h") Duration maxBackoff,
                             @DefaultValue("7d") Duration giveUpAfter) {

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    Duration backoffAfter(int attempts) {
        ExponentialBackOff backOff = new ExponentialBackOff(initialBackoff.toMillis(), multiplier);
        backOff.setMaxInterval(maxBackoff.toMillis());
        BackOffExecution execution = backOff.start();
        long wait = execution.nextBackOff();
        for (int i = 1; i < attempts; i++) {
            wait = execution.nextBackOff();
        }
        return Duration.ofMillis(wait);
    }
}
