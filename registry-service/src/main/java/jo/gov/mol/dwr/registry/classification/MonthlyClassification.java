package jo.gov.mol.dwr.registry.classification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * Runs the classification of every office on {@code registry.classification.cron}, Amman time (by default 02:00 on
 * the 1st of each month), as the injected clock tells the time. Every instance may run it: the run lock makes the
 * second wait, and it then finds nothing to change.
 * <p>
 * On a scheduler of its own rather than the application's, which the sandbox shares with the hub (as the notice
 * relay does).
 */
@Component
@EnableConfigurationProperties(ClassificationProperties.class)
class MonthlyClassification implements SmartLifecycle {
    static final String SCHEDULE = "schedule";
    private static final Logger log = LoggerFactory.getLogger(MonthlyClassification.class);

    private final ClassificationRuns runs;
    private final ClassificationProperties properties;
    private final Clock clock;
    private volatile ThreadPoolTaskScheduler scheduler;

    MonthlyClassification(ClassificationRuns runs, ClassificationProperties properties, Clock clock) {
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    /** One run; a failure is logged and waits for the next month or an administrator's run. */
    private void runNow() {
        try {
            runs.run(SCHEDULE);
        } catch (RuntimeException failure) {
            log.error("monthly classification failed; run it with POST /api/admin/classification-runs", failure);
        }
    }

    @Override
    public boolean isAutoStartup() {
        return properties.scheduleEnabled();
    }

    @Override
    public void start() {
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setThreadNamePrefix("registry-classification-");
        started.setDaemon(true);
        started.setClock(clock);
        started.initialize();
        started.schedule(this::runNow, new CronTrigger(properties.cron(), CanonicalEvent.AMMAN));
        scheduler = started;
    }

    @Override
    public void stop() {
        ThreadPoolTaskScheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
