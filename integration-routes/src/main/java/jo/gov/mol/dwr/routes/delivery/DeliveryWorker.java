package jo.gov.mol.dwr.routes.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox, each through its destination's route, and records the outcome: delivered,
 * retried later with backoff, or a dead letter with its reason. A message keeps its id on every attempt.
 * {@code hub.delivery.enabled=false} keeps an instance from delivering (the others still do).
 */
@Component
@ConditionalOnProperty(name = "hub.delivery.enabled", havingValue = "true", matchIfMissing = true)
public class DeliveryWorker {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Outbox outbox;
    private final DeliveryPolicy policy;
    private final ProducerTemplate producer;
    private final Clock clock;

    DeliveryWorker(Outbox outbox, DeliveryPolicy policy, ProducerTemplate producer, Optional<Clock> clock) {
        this.outbox = outbox;
        this.policy = policy;
        this.producer = producer;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${hub.delivery.poll-interval:1s}")
    public void deliverDue() {
        List<Delivery> due;
        do {
            due = outbox.claimDue(Instant.now(clock), policy.batch(), policy.lease());
            due.forEach(this::attempt);
        } while (due.size() == policy.batch());
    }

    private void attempt(Delivery delivery) {
        try {
            String result = producer.requestBody(delivery.destination().route(), delivery, String.class);
            outbox.delivered(delivery.id(), result, Instant.now(clock));
            LOG.info("delivered destination={} kind={} messageId={} reference={} attempt={} result={}",
                    delivery.destination(), delivery.kind(), delivery.messageId(), delivery.reference(),
                    delivery.attempts() + 1, result);
        } catch (RuntimeException e) {
            failed(delivery, DeliveryFailures.classify(e));
        }
    }

    private void failed(Delivery delivery, DeliveryFailure failure) {
        Instant now = Instant.now(clock);
        Instant next = now.plus(policy.backoffAfter(delivery.attempts() + 1));
        if (failure.permanent()) {
            outbox.dead(delivery.id(), failure.getMessage());
            LOG.warn("dead letter destination={} kind={} messageId={} reference={} reason={}", delivery.destination(),
                    delivery.kind(), delivery.messageId(), delivery.reference(), failure.getMessage());
        } else if (next.isAfter(delivery.createdAt().plus(policy.giveUpAfter()))) {
            String reason = "retries exhausted after " + (delivery.attempts() + 1) + " attempts: " + failure.getMessage();
            outbox.dead(delivery.id(), reason);
            LOG.warn("dead letter destination={} kind={} messageId={} reference={} reason={}", delivery.destination(),
                    delivery.kind(), delivery.messageId(), delivery.reference(), reason);
        } else {
            outbox.retryLater(delivery.id(), failure.getMessage(), next);
            LOG.info("delivery failed destination={} kind={} messageId={} attempt={} retryAt={} reason={}",
                    delivery.destination(), delivery.kind(), delivery.messageId(), delivery.attempts() + 1, next,
                    failure.getMessage());
        }
    }
}
