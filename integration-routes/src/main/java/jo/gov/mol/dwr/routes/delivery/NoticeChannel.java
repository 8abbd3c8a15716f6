package jo.gov.mol.dwr.routes.delivery;

import java.time.Instant;
import java.util.Optional;

import jo.gov.mol.dwr.mappings.canonical.NoticeDue;

/**
 * An outside system's way of hearing notices: tells whether a notice due is for it and, if so, what goes into the
 * outbox for it. The system's own package implements it, so that the outbox knows no receiver.
 */
public interface NoticeChannel {

    /**
     * @param now the time the notice is enqueued, for a payload that states when it was sent
     * @return the outbox entry of the notice on this channel, or empty when the notice is not for it
     */
    Optional<OutboundNotice> address(NoticeDue notice, Instant now);

    /**
     * A notice as it waits in the outbox: fixed when enqueued, so that every attempt sends the same message.
     *
     * @param kind    the notice's operation or type, as administrators read it in the dead letters
     * @param payload what the destination's route sends
     */
    record OutboundNotice(Destination destination, String kind, String payload) {
    }
}
