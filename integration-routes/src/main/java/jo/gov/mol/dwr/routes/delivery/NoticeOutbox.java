package jo.gov.mol.dwr.routes.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;

/**
 * Takes the notices the registry decided are due and puts each in the outbox for the channel that takes it, once:
 * a redelivered notice finds its entry there already. A notice no channel takes (an embassy without one) is
 * logged and goes nowhere.
 */
@Component
class NoticeOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeOutbox.class);

    private final Outbox outbox;
    private final List<NoticeChannel> channels;
    private final Clock clock;

    NoticeOutbox(Outbox outbox, List<NoticeChannel> channels, Optional<Clock> clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void enqueue(String json) {
        NoticeDue notice = EventCodec.noticeFromJson(json);
        Instant now = Instant.now(clock);
        List<NoticeChannel.OutboundNotice> addressed = channels.stream()
                .flatMap(channel -> channel.address(notice, now).stream()).toList();
        if (addressed.isEmpty()) {
            LOG.info("notice without a channel, not sent noticeId={} kind={} reference={}", notice.noticeId(),
                    notice.getClass().getSimpleName(), notice.reference());
        }
        for (NoticeChannel.OutboundNotice out : addressed) {
            String noticeId = notice.noticeId().toString();
            boolean added = outbox.enqueue(out.destination(), out.kind(), noticeId, noticeId, notice.reference(),
                    out.payload(), now);
            LOG.info("notice {} destination={} noticeId={} kind={} reference={}", added ? "enqueued" : "already enqueued",
                    out.destination(), noticeId, out.kind(), notice.reference());
        }
    }
}
