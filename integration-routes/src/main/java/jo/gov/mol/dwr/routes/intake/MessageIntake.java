package jo.gov.mol.dwr.routes.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceMessage;

/**
 * The steps of intake that every channel shares: tell a repeat from a new message, log the new one, and turn
 * it into the canonical event the registry consumes.
 */
@Component
public class MessageIntake {
    static final String ACCEPTANCE = "dwrAcceptance";
    // computed once by screen and kept for the log entry, so that the fact is serialised once per message
    private static final String FINGERPRINT = "dwrFingerprint";
    private static final String SUBMISSION = "dwrSubmission";
    private static final Logger LOG = LoggerFactory.getLogger(MessageIntake.class);

    private final InboundLog log;
    private final List<AcceptedFollowUp> followUps;
    private final Clock clock;

    MessageIntake(InboundLog log, List<AcceptedFollowUp> followUps, Optional<Clock> clock) {
        this.log = log;
        this.followUps = followUps;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A message id accepted before with the same fact is a duplicate (answered with the original time); with
     * another fact it is a conflict. Anything else goes on to be logged.
     *
     * @return the submission, or the acceptance of a duplicate
     */
    public Object screen(Submission submission, Exchange exchange) {
        String fingerprint = EventCodec.fingerprint(submission.event());
        exchange.setProperty(FINGERPRINT, fingerprint);
        exchange.setProperty(SUBMISSION, submission);
        return repeatOf(submission, fingerprint).<Object>map(acceptance -> acceptance).orElse(submission);
    }

    /**
     * After the log refused the entry as one it already holds: the same message was logged by another channel
     * since the screen, so this one is its repeat (or a conflict). Should the log hold none after all, the refusal
     * stands and the caller is answered as for any failure to make the message durable.
     */
    public Acceptance screenAgain(Exchange exchange) throws Exception {
        Submission submission = exchange.getProperty(SUBMISSION, Submission.class);
        Exception refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.info("logged meanwhile system={} messageId={}", submission.system(), submission.messageId());
        return repeatOf(submission, exchange.getProperty(FINGERPRINT, String.class)).orElseThrow(() -> refusal);
    }

    private Optional<Acceptance> repeatOf(Submission submission, String fingerprint) {
        return log.find(submission.system(), submission.messageId())
                .map(earlier -> {
                    if (!earlier.fingerprint().equals(fingerprint)) {
                        LOG.info("refused system={} messageId={} code=message_id_conflict", submission.system(), submission.messageId());
                        throw new MessageIdConflictException("MessageId", submission.messageId());
                    }
                    LOG.info("duplicate system={} messageId={} logEntry={}", submission.system(), submission.messageId(), earlier.id());
                    return new Acceptance(submission.messageId(), Acceptance.Status.DUPLICATE, earlier.receivedAt(), earlier.id());
                });
    }

    /**
     * Writes the log entry, does what the acceptance entails, and gives the canonical event, as JSON, grouped by
     * the person or office it is about.
     */
    public String log(Submission submission, Exchange exchange) {
        String rawSha256 = InboundLog.sha256(submission.raw());
        InboundLog.Entry entry = log.append(submission, Instant.now(clock), rawSha256, exchange.getProperty(FINGERPRINT, String.class));
        followUps.forEach(followUp -> followUp.accepted(submission, entry.receivedAt()));
        SourceMessage source = new SourceMessage(submission.system(), submission.messageId(), submission.event().reference(),
                entry.id(), submission.account(), entry.receivedAt(), submission.sentAt(), submission.raw(), rawSha256);
        InboundEvent event = InboundEvent.of(source, submission.event());
        exchange.getIn().setHeader("JMSXGroupID", submission.event().orderingKey());
        exchange.getIn().setHeader("dwrEventId", event.eventId().toString());
        exchange.setProperty(ACCEPTANCE, new Acceptance(submission.messageId(), Acceptance.Status.ACCEPTED, entry.receivedAt(), entry.id()));
        return EventCodec.toJson(event);
    }

    /** The acceptance, once the event is durable on the queue. */
    public Acceptance accepted(Exchange exchange) {
        Acceptance acceptance = exchange.getProperty(ACCEPTANCE, Acceptance.class);
        LOG.info("accepted messageId={} logEntry={} eventId={}", acceptance.messageId(), acceptance.logEntryId(),
                exchange.getIn().getHeader("dwrEventId"));
        return acceptance;
    }
}
