package jo.gov.mol.dwr.routes.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;
import jo.gov.mol.dwr.mappings.mol.MolNotices;

/**
 * Takes the notices the registry decided are due and puts each in the outbox for its receiver, once: a
 * redelivered notice finds its entry there already.
 */
@Component
class NoticeOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeOutbox.class);

    private final Outbox outbox;
    private final Clock clock;

    NoticeOutbox(Outbox outbox, Optional<Clock> clock) {
        this.outbox = outbox;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void enqueue(String json) {
        NoticeDue notice = EventCodec.noticeFromJson(json);
        Instant now = Instant.now(clock);
        boolean added;
        if (notice instanceof ApprovalDecisionNoticeDue) {
            added = outbox.enqueue(Destination.MOL_NOTICES, MolNotices.operation(notice), notice.noticeId().toString(),
                    notice.noticeId().toString(), notice.reference(), MolNotices.toXml(notice, now), now);
        } else {
            throw new IllegalArgumentException("no receiver for notice " + notice.getClass().getSimpleName());
        }
        LOG.info("notice {} noticeId={} kind={} reference={}", added ? "enqueued" : "already enqueued",
                notice.noticeId(), notice.getClass().getSimpleName(), notice.reference());
    }
}
