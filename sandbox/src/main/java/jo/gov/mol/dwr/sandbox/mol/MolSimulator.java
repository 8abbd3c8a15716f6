package jo.gov.mol.dwr.sandbox.mol;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.StreamsRun;

/**
 * Plays MoL's Domestic Workers System: sends a {@link MolStream} to the hub's {@code /services/mol/events} over
 * real SOAP/HTTP with {@code sandbox.mol.senders} concurrent senders, retries {@code Server} faults as MoL does,
 * prints its progress, and waits until the registry has applied every accepted message. The sandbox's
 * {@code SandboxSimulation} runs it once the application is ready ({@code sandbox.simulate=true}).
 */
@Component
@StreamsRun
public class MolSimulator implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(MolSimulator.class);
    private static final int ATTEMPTS = 4;
    private static final Duration POLL = Duration.ofMillis(200);

    private final SandboxProperties properties;
    private final RegistryStatistics registry;
    private volatile ExecutorService senders;

    MolSimulator(SandboxProperties properties, RegistryStatistics registry) {
        this.properties = properties;
        this.registry = registry;
    }

    /**
     * Sends the whole stream to the hub at {@code address} and waits for the registry.
     *
     * @throws InterruptedException when the application closes before the end
     */
    public MolSummary run(URI address) throws InterruptedException, ExecutionException {
        SandboxProperties.Mol mol = properties.mol();
        MolStream stream = MolStream.generate(properties.seed(), mol.workers(), mol.senders(), mol.duplicateShare(), mol.invalidShare());
        LOG.info("MoL simulator: sending {} messages ({} offices, {} workers; {} duplicates and {} broken on purpose) to {} as '{}' with {} senders",
                stream.size(), stream.offices(), stream.workers(), stream.expected(MolStream.Expect.DUPLICATE),
                stream.expected(MolStream.Expect.REFUSED), address, mol.account(), mol.senders());
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
        List<String> accepted = tally.accepted();
        long settleStarted = System.nanoTime();
        int unapplied = awaitRegistry(accepted, mol.settleTimeout());
        Duration settling = Duration.ofNanos(System.nanoTime() - settleStarted);
        long persisted = accepted.size() - unapplied;
        Set<String> requestIds = tally.recruitmentRequestIds();
        return new MolSummary(stream.offices(), stream.workers(), mol.senders(), properties.seed(), tally.done(),
                accepted.size(), tally.count(MolClient.Answer.DUPLICATE), tally.count(MolClient.Answer.REFUSED),
                tally.serverFaults(), tally.count(MolClient.Answer.FAILED) + tally.count(MolClient.Answer.SERVER_FAULT),
                tally.unexpected(), persisted, unapplied == 0, registry.counts(), sending, settling, requestIds,
                stream.recruits().stream().filter(recruit -> requestIds.contains(recruit.requestId())).toList());
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

    /**
     * Polls the registry until it has applied every accepted message (looked up by its event id, so that what other
     * systems send meanwhile does not count) or the time is up.
     *
     * @return how many it has not applied
     */
    private int awaitRegistry(List<String> accepted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> waiting = new ArrayList<>(accepted);
        while (true) {
            waiting.removeIf(messageId -> registry.isApplied(InboundEvent.eventIdOf(SourceSystem.MOL, messageId)));
            if (waiting.isEmpty() || System.nanoTime() >= deadline) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        if (!waiting.isEmpty()) {
            LOG.warn("MoL simulator: after {} the registry has not applied {} of the {} accepted messages, for example {}",
                    timeout, waiting.size(), accepted.size(), waiting.get(0));
        }
        return waiting.size();
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
    }
}
