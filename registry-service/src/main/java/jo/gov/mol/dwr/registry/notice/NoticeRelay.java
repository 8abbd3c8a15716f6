package jo.gov.mol.dwr.registry.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Limit;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.TextMessage;

/**
 * Hands the notices due to the hub: every {@code registry.notices-interval} it reads the notices not yet published,
 * in the order they became due, sends each as a persistent JSON text message to {@code registry.notices-queue},
 * and only then marks it published.
 * <p>
 * Why a relay that reads the database rather than a send from the intake listener's JMS session: a notice is
 * recorded in the same database transaction as the fact that made it due, so it exists exactly when the fact does;
 * this one path then publishes every notice, whatever made it due (an event on the queue today, a sweep or a
 * linkage decision later) and whatever crashed before (a notice left unpublished by a crash is found on the next
 * look, also after a restart). The send is a blocking persistent send on a non-transacted session, so the broker
 * holds the message before the row is marked; a crash between the two sends the notice again, under the same
 * notice id, and the hub drops the repeat. So a notice is never lost, and a repeat is never a second notice. The
 * cost is a delay of up to one interval, and a query on an index every interval.
 * <p>
 * The relay runs on a thread of its own rather than on the application's {@code @Scheduled} scheduler, which the
 * sandbox shares with the hub. One relay runs per process; two processes may both send a notice, which the hub
 * drops as a repeat.
 */
@Component
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeRelay implements SmartLifecycle {
    static final String NOTICE_ID = "dwr_notice_id";
    static final String NOTICE_TYPE = "dwr_notice_type";
    static final String REFERENCE = "dwr_reference";
    private static final Logger log = LoggerFactory.getLogger(NoticeRelay.class);

    private final NoticeRepository notices;
    private final TransactionTemplate transactions;
    private final JmsTemplate jms;
    private final NoticeProperties properties;
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledExecutorService executor;

    NoticeRelay(NoticeRepository notices, PlatformTransactionManager transactionManager,
                ConnectionFactory connectionFactory, NoticeProperties properties) {
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.jms = new JmsTemplate(connectionFactory);
        // not the application's template: whatever its settings, a send here must be done when send returns
        jms.setSessionTransacted(false);
        jms.setExplicitQosEnabled(true);
        jms.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    /**
     * Publishes what is due now, batch after batch, until none is left.
     *
     * @return how many notices it published
     * @throws org.springframework.jms.JmsException when the broker cannot take a notice; it stays due
     */
    synchronized int publishDue() {
        int published = 0;
        List<Notice> batch;
        do {
            batch = transactions.execute(status -> notices.findUnpublished(Limit.of(properties.noticesBatch())));
            for (Notice notice : batch) {
                send(notice);
                transactions.executeWithoutResult(
                        status -> notices.markPublished(notice.noticeId(), Instant.now(clock)));
                published++;
                log.info("notice published noticeId={} kind={} reference={} queue={}", notice.noticeId(),
                        notice.type(), notice.reference(), properties.noticesQueue());
            }
        } while (batch.size() == properties.noticesBatch());
        return published;
    }

    private void send(Notice notice) {
        jms.send(properties.noticesQueue(), session -> {
            TextMessage message = session.createTextMessage(notice.json());
            message.setStringProperty("JMSXGroupID", notice.reference());
            message.setStringProperty(NOTICE_ID, notice.noticeId().toString());
            message.setStringProperty(NOTICE_TYPE, notice.type());
            message.setStringProperty(REFERENCE, notice.reference());
            return message;
        });
    }

    /** One look; a failure leaves the notices due, and the next look tries again. */
    private void relay() {
        try {
            publishDue();
        } catch (RuntimeException failure) {
            log.warn("notices not published, next try in {}: {}", properties.noticesInterval(), failure.toString());
        }
    }

    @Override
    public boolean isAutoStartup() {
        return properties.noticesRelayEnabled();
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "registry-notice-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.noticesInterval().toMillis();
        started.scheduleWithFixedDelay(this::relay, interval, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException interrupted) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
