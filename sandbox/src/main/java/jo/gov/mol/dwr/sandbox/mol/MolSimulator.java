package jo.gov.mol.dwr.sandbox.mol;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.sandbox.SandboxProperties;

/**
 * Plays MoL's Domestic Workers System once the application is ready ({@code sandbox.simulate=true}): sends a
 * {@link MolStream} to the hub's {@code /services/mol/events} over real SOAP/HTTP with {@code sandbox.mol.senders}
 * concurrent senders, retries {@code Server} faults as MoL does, prints its progress, waits until the registry has
 * applied every accepted message and prints a {@link MolSummary}. The application then goes on serving, unless
 * {@code sandbox.exit-when-done=true}.
 */
@Component
@ConditionalOnProperty(name = "sandbox.simulate", havingValue = "true", matchIfMissing = true)
public class MolSimulator implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(MolSimulator.class);
    private static final int ATTEMPTS = 4;
    private static final Duration POLL = Duration.ofMillis(200);

    private final SandboxProperties properties;
    private final RegistryStatistics registry;
    private final ApplicationContext context;
    private volatile Thread runner;
    private volatile ExecutorService senders;
    private volatile MolSummary summary;

    MolSimulator(SandboxProperties properties, RegistryStatistics registry, ApplicationContext context) {
        this.properties = properties;
        this.registry = registry;
        this.context = context;
    }

    /** The summary of the run, once it is over. */
    public Optional<MolSummary> summary() {
        return Optional.ofNullable(summary);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        URI address = URI.create("http://localhost:" + port + "/services/mol/events");
        runner = new Thread(() -> run(address), "mol-simulator");
        runner.setDaemon(true);
        runner.start();
    }

    private void run(URI address) {
        SandboxProperties.Mol mol = properties.mol();
        try {
            MolStream stream = MolStream.generate(properties.seed(), mol.workers(), mol.senders(), mol.duplicateShare(), mol.invalidShare());
            LOG.info("MoL simulator: sending {} messages ({} offices, {} workers; {} duplicates and {} broken on purpose) to {} as '{}' with {} senders",
                    stream.size(), stream.offices(), stream.workers(), stream.expected(MolStream.Expect.DUPLICATE),
                    stream.expected(MolStream.Expect.REFUSED), address, mol.account(), mol.senders());
            long before = registry.counts().sourceMessages();
            MolTally tally = new MolTally(stream.size(), LOG::info);
            long started = System.nanoTime();
            senders = Executors.newFixedThreadPool(mol.senders(), numbered("mol-sender-"));
            try {
                // every office is known before the first request names one
                sendLanes(stream.officeLanes(), address, tally);
                sendLanes(stream.workerLanes(), address, tally);
            } finally {
                senders.shutdownNow();
            }
            Duration sending = Duration.ofNanos(System.nanoTime() - started);
            long accepted = tally.count(MolClient.Answer.ACCEPTED);
            long settleStarted = System.nanoTime();
            RegistryCounts counts = awaitRegistry(before + accepted, mol.settleTimeout());
            Duration settling = Duration.ofNanos(System.nanoTime() - settleStarted);
            long persisted = counts.sourceMessages() - before;
            summary = new MolSummary(stream.offices(), stream.workers(), mol.senders(), properties.seed(), tally.done(),
                    accepted, tally.count(MolClient.Answer.DUPLICATE), tally.count(MolClient.Answer.REFUSED),
                    tally.serverFaults(), tally.count(MolClient.Answer.FAILED) + tally.count(MolClient.Answer.SERVER_FAULT),
                    tally.unexpected(), persisted, persisted >= accepted, counts, sending, settling);
            LOG.info("\n{}", summary.render());
        } catch (InterruptedException e) {
            LOG.info("MoL simulator: stopped before the end");
            return;
        } catch (RuntimeException | ExecutionException e) {
            LOG.error("MoL simulator: failed", e);
        }
        if (properties.exitWhenDone()) {
            int code = summary != null && summary.asExpected() ? 0 : 1;
            LOG.info("MoL simulator: sandbox.exit-when-done=true, stopping with exit code {}", code);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private void sendLanes(List<List<MolStream.Planned>> lanes, URI address, MolTally tally)
            throws InterruptedException, ExecutionException {
        List<Future<?>> running = new ArrayList<>();
        for (List<MolStream.Planned> lane : lanes) {
            running.add(senders.submit(() -> {
                sendLane(lane, address, tally);
                return null;
            }));
        }
        for (Future<?> lane : running) {
            lane.get();
        }
    }

    private void sendLane(List<MolStream.Planned> lane, URI address, MolTally tally) throws InterruptedException {
        MolClient client = new MolClient(address, properties.mol().account(), properties.mol().password());
        for (MolStream.Planned planned : lane) {
            tally.count(planned, sendWithRetries(client, planned, tally));
        }
    }

    /** As MoL does: a {@code Server} fault or no answer at all means "send it again", with a growing pause. */
    private static MolClient.Result sendWithRetries(MolClient client, MolStream.Planned planned, MolTally tally)
            throws InterruptedException {
        MolClient.Result result = client.send(planned);
        for (int attempt = 1; attempt < ATTEMPTS && isRetried(result); attempt++) {
            if (result.answer() == MolClient.Answer.SERVER_FAULT) {
                tally.serverFault();
            }
            LOG.warn("MoL simulator: {} {} answered {} ({}); sending again", planned.type(), planned.messageId(),
                    result.answer(), result.detail());
            Thread.sleep(250L * attempt);
            result = client.send(planned);
        }
        return result;
    }

    private static boolean isRetried(MolClient.Result result) {
        return result.answer() == MolClient.Answer.SERVER_FAULT || result.answer() == MolClient.Answer.FAILED;
    }

    /** Polls the registry's count of kept source messages until it reaches the target or the time is up. */
    private RegistryCounts awaitRegistry(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        RegistryCounts counts = registry.counts();
        while (counts.sourceMessages() < target && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            counts = registry.counts();
        }
        if (counts.sourceMessages() < target) {
            LOG.warn("MoL simulator: after {} the registry holds {} of the {} source messages expected",
                    timeout, counts.sourceMessages(), target);
        }
        return counts;
    }

    private static java.util.concurrent.ThreadFactory numbered(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops a run still going when the application closes. */
    @Override
    public void destroy() {
        ExecutorService running = senders;
        if (running != null) {
            running.shutdownNow();
        }
        Thread thread = runner;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
    }
}
