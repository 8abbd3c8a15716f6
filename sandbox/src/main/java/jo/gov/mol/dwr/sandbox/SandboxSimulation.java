package jo.gov.mol.dwr.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.Outbox;
import jo.gov.mol.dwr.sandbox.border.BorderRun;
import jo.gov.mol.dwr.sandbox.border.BorderSimulator;
import jo.gov.mol.dwr.sandbox.border.BorderSummary;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyNoticeSummary;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyOutbox;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyRun;
import jo.gov.mol.dwr.sandbox.embassy.EmbassySimulator;
import jo.gov.mol.dwr.sandbox.embassy.EmbassySummary;
import jo.gov.mol.dwr.sandbox.embassy.PhlNoticeReceiver;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeReceiver;
import jo.gov.mol.dwr.sandbox.mol.MolSimulator;
import jo.gov.mol.dwr.sandbox.mol.MolSummary;

/**
 * One run of the simulators once the application is ready ({@code sandbox.simulate=true}): the MoL stream first
 * ({@link MolSimulator}); then it waits, printing its progress, until the hub has done what the stream causes (an
 * ApprovalRequest at MoI for every accepted recruitment request, every MoI decision answered, every accepted
 * decision's notice at MoL, nothing left in the outbox) or {@code sandbox.outbound-timeout} is up. Then the embassies
 * send their attestations and welfare cases ({@link EmbassySimulator}) and the border reports the crossings of the
 * approved workers and of other travellers ({@link BorderSimulator}); it waits again ({@link CrossingFollowUps})
 * until the registry holds every crossing and MoL and the embassies have heard of every worker's crossing, or
 * {@code sandbox.border.settle-timeout} is up, and then ({@link EmbassyFollowUps}) until the registry holds every
 * embassy record and MoL has heard of every attestation, or {@code sandbox.embassies.settle-timeout} is up, and
 * prints a {@link SandboxSummary}. The application then goes on serving, unless {@code sandbox.exit-when-done=true}.
 */
@Component
@StreamsRun
public class SandboxSimulation implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxSimulation.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS = Duration.ofSeconds(5);

    private final SandboxProperties properties;
    private final MolSimulator mol;
    private final MoiSimulator moi;
    private final MolNoticeReceiver notices;
    private final BorderSimulator border;
    private final CrossingFollowUps crossingFollowUps;
    private final EmbassySimulator embassies;
    private final EmbassyFollowUps embassyFollowUps;
    private final PhlNoticeReceiver phl;
    private final EmbassyOutbox embassyOutbox;
    private final Outbox outbox;
    private final RegistryStatistics registry;
    private final ApplicationContext context;
    private volatile Thread runner;
    private volatile SandboxSummary summary;

    SandboxSimulation(SandboxProperties properties, MolSimulator mol, MoiSimulator moi, MolNoticeReceiver notices,
                      BorderSimulator border, CrossingFollowUps crossingFollowUps, EmbassySimulator embassies,
                      EmbassyFollowUps embassyFollowUps, PhlNoticeReceiver phl,
                      EmbassyOutbox embassyOutbox, Outbox outbox, RegistryStatistics registry, ApplicationContext context) {
        this.properties = properties;
        this.mol = mol;
        this.moi = moi;
        this.notices = notices;
        this.border = border;
        this.crossingFollowUps = crossingFollowUps;
        this.embassies = embassies;
        this.embassyFollowUps = embassyFollowUps;
        this.phl = phl;
        this.embassyOutbox = embassyOutbox;
        this.outbox = outbox;
        this.registry = registry;
        this.context = context;
    }

    /** The summary of the run, once it is over. */
    public Optional<SandboxSummary> summary() {
        return Optional.ofNullable(summary);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        URI address = URI.create("http://localhost:" + port + "/services/mol/events");
        runner = new Thread(() -> run(address), "sandbox-simulation");
        runner.setDaemon(true);
        runner.start();
    }

    private void run(URI address) {
        try {
            MolSummary sent = mol.run(address);
            long started = System.nanoTime();
            Missing missing = awaitOutbound(sent.recruitmentRequestIds(), properties.outboundTimeout());
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            EmbassyRun embassyRun = embassies.run(hub(address), sent.recruits());
            long embassiesSent = System.nanoTime();
            BorderRun crossings = border.run(sent.recruits(), moi.approvalsInForce());
            long borderStarted = System.nanoTime();
            CrossingFollowUps.Missing owed = crossingFollowUps.await(crossings, properties.border().settleTimeout());
            Duration borderWaited = Duration.ofNanos(System.nanoTime() - borderStarted);
            EmbassyFollowUps.Missing owedByEmbassies = embassyFollowUps.await(embassyRun, properties.embassies().settleTimeout());
            EmbassySummary embassySummary = embassyFollowUps.summary(embassyRun, owedByEmbassies,
                    Duration.ofNanos(System.nanoTime() - embassiesSent));
            BorderSummary borderSummary = new BorderSummary(crossings, border.inbox(crossings), crossingFollowUps.held(crossings));
            SandboxSummary.CrossingNotices crossingNotices = new SandboxSummary.CrossingNotices(crossings.noticesDue().size(),
                    owed.atMol(), owed.atEmbassies(), borderWaited);
            summary = new SandboxSummary(sent, moi.summary(), notices.summary(), outboxCounts(), registry.counts(),
                    missing.none(), missing.requests(), missing.notices(), waited, borderSummary,
                    new EmbassyNoticeSummary(phl.summary(), embassyOutbox.read()), crossingNotices, embassySummary);
            LOG.info("\n{}", summary.render());
        } catch (InterruptedException e) {
            LOG.info("Sandbox simulators: stopped before the end");
            return;
        } catch (RuntimeException | ExecutionException e) {
            LOG.error("Sandbox simulators: failed", e);
        }
        if (properties.exitWhenDone()) {
            int code = summary != null && summary.asExpected() ? 0 : 1;
            LOG.info("Sandbox simulators: sandbox.exit-when-done=true, stopping with exit code {}", code);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private static URI hub(URI molEvents) {
        return URI.create(molEvents.getScheme() + "://" + molEvents.getAuthority());
    }

    /** What the hub still owes, at one moment. */
    private record Missing(int requests, int decisionsDue, int notices, long pending) {
        boolean none() {
            return requests == 0 && decisionsDue == 0 && notices == 0 && pending == 0;
        }
    }

    private Missing awaitOutbound(Set<String> requestIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        Missing missing = missing(requestIds);
        while (!missing.none() && System.nanoTime() < deadline) {
            if (System.nanoTime() >= nextProgress) {
                LOG.info("Sandbox simulators: waiting for the hub's deliveries: ApprovalRequests at MoI {}/{}, MoI decisions due {},"
                                + " notices missing at MoL {}, outbox pending {}", requestIds.size() - missing.requests(),
                        requestIds.size(), missing.decisionsDue(), missing.notices(), missing.pending());
                nextProgress += PROGRESS.toNanos();
            }
            Thread.sleep(POLL.toMillis());
            missing = missing(requestIds);
        }
        if (!missing.none()) {
            LOG.warn("Sandbox simulators: after {} still missing: {} ApprovalRequests at MoI, {} MoI decisions due, {} notices at MoL,"
                    + " {} deliveries pending in the hub's outbox", timeout, missing.requests(), missing.decisionsDue(),
                    missing.notices(), missing.pending());
        }
        return missing;
    }

    private Missing missing(Set<String> requestIds) {
        Map<String, MoiSimulator.Received> received = moi.requests();
        int requests = (int) requestIds.stream().filter(id -> !received.containsKey(id) || received.get(id).receipts() == 0).count();
        Set<DecisionFact> notHeard = new HashSet<>(moi.acceptedDecisions());
        notHeard.removeAll(notices.decisionFacts());
        return new Missing(requests, moi.decisionsDue(), notHeard.size(), outbox.count(Delivery.Status.PENDING));
    }

    private SandboxSummary.OutboxCounts outboxCounts() {
        return new SandboxSummary.OutboxCounts(outbox.count(Delivery.Status.DELIVERED), outbox.count(Delivery.Status.PENDING),
                outbox.count(Delivery.Status.DEAD));
    }

    /** Stops a run still going when the application closes. */
    @Override
    public void destroy() {
        Thread thread = runner;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
    }
}
