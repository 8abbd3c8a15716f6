package jo.gov.mol.dwr.registry.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.NoticeDue;

/**
 * Where features record the notices they decide are due. A notice is recorded in the transaction that applies the
 * fact it reports, so that it is kept exactly when the fact is; the {@link NoticeRelay} hands it to the hub after
 * commit.
 */
@Component
public class Notices {
    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final NoticeRepository notices;
    private final Clock clock = Clock.systemUTC();

    Notices(NoticeRepository notices) {
        this.notices = notices;
    }

    /**
     * Records a notice as due unless it is already recorded (its id is derived from the fact it reports, so the
     * same fact gives the same notice).
     *
     * @param eventId the source message whose applying made the notice due
     * @return whether the notice is new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean due(NoticeDue notice, UUID eventId) {
        if (notices.existsById(notice.noticeId())) {
            log.info("notice already due noticeId={} kind={} reference={}", notice.noticeId(),
                    notice.getClass().getSimpleName(), notice.reference());
            return false;
        }
        notices.save(Notice.due(notice, eventId, Instant.now(clock)));
        log.info("notice due noticeId={} kind={} reference={} eventId={}", notice.noticeId(),
                notice.getClass().getSimpleName(), notice.reference(), eventId);
        return true;
    }

    /**
     * Records a notice made due by a person's decision rather than by a source message (a class coming into force),
     * unless it is already recorded.
     *
     * @return whether the notice is new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean dueOnDecision(NoticeDue notice) {
        return due(notice, null);
    }

    @Transactional(readOnly = true)
    public long count() {
        return notices.count();
    }

    @Transactional(readOnly = true)
    public long countUnpublished() {
        return notices.countUnpublished();
    }
}
