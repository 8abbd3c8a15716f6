package jo.gov.mol.dwr.sandbox.nation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.flag.RuleCode;
import jo.gov.mol.dwr.routes.broker.BrokerAccess;
import jo.gov.mol.dwr.sandbox.Numbering;
import jo.gov.mol.dwr.sandbox.NationRun;
import jo.gov.mol.dwr.sandbox.SandboxClock;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.border.BorderPosts;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyChannels;
import jo.gov.mol.dwr.sandbox.moi.MoiDecisionClient;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator;
import jo.gov.mol.dwr.sandbox.mol.MolClient;

/**
 * The nation's replay ({@code sandbox.mode=nation}), once the application is ready: draws the nation from
 * {@code sandbox.seed}, writes its truth to the data directory, sends the licences, then every fact of every journey
 * and every licence renewal through its system's real channel in business-time order, {@code sandbox.nation.speed}
 * days a second, moving the
 * sandbox's clock to each fact's time and printing a progress bar; waits for the registry, moves the clock to the
 * end of the span, sweeps and classifies as the administrator, and prints a {@link NationSummary}.
 */
@Component
@NationRun
public class NationReplay implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(NationReplay.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Duration APPLIED_POLL = Duration.ofMillis(10);
    /** How many business days the registry may be behind the replay's clock. */
    private static final int DAYS_BEHIND = 3;
    /** How long a day waits at most for the registry to catch up. */
    private static final Duration CATCH_UP = Duration.ofSeconds(2);

    private final SandboxProperties properties;
    private final SandboxClock clock;
    private final MoiSimulator moi;
    private final RegistryStatistics registry;
    private final BrokerAccess broker;
    private final RestClient.Builder http;
    private final String crossingsQueue;
    private final Path borderInbox;
    private final Path embassyInbox;
    private final ApplicationContext context;
    private volatile Thread runner;
    private volatile ExecutorService senders;
    private volatile NationSummary summary;

    NationReplay(SandboxProperties properties, SandboxClock clock, MoiSimulator moi, RegistryStatistics registry,
                 BrokerAccess broker, RestClient.Builder http, @Value("${hub.queues.border-crossings}") String crossingsQueue,
                 @Value("${hub.border.inbox}") Path borderInbox, @Value("${hub.embassies.inbox}") Path embassyInbox,
                 ApplicationContext context) {
        this.properties = properties;
        this.clock = clock;
        this.moi = moi;
        this.registry = registry;
        this.broker = broker;
        this.http = http;
        this.crossingsQueue = crossingsQueue;
        this.borderInbox = borderInbox;
        this.embassyInbox = embassyInbox;
        this.context = context;
    }

    /** The summary, once the replay is over. */
    public Optional<NationSummary> summary() {
        return Optional.ofNullable(summary);
    }

    /** Whether the replay is over and every message was taken and applied. */
    public boolean succeeded() {
        return summary != null && summary.asExpected();
    }

    static NationSettings settings(SandboxProperties properties) {
        SandboxProperties.Nation n = properties.nation();
        return new NationSettings(properties.seed(), n.workers(), n.months(), n.start(), n.offices(), n.badOffices(),
                n.anomalyShare(), new Noise(n.typoShare(), n.renewalShare(), n.lostShare(), n.duplicateShare(),
                n.lateShare(), n.invalidShare(), n.longNameShare(), n.surnameFirstShare(), n.heldShare(),
                n.lateFileShare(), n.reExportShare(), n.badRowShare(), n.refusedFileShare()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        runner = new Thread(() -> run(URI.create("http://localhost:" + port)), "sandbox-nation");
        runner.setDaemon(true);
        runner.start();
    }

    private void run(URI hub) {
        try {
            summary = replay(hub);
            System.out.println(summary.render());
        } catch (InterruptedException e) {
            LOG.info("Sandbox nation: stopped before the end");
            return;
        } catch (RuntimeException e) {
            LOG.error("Sandbox nation: failed", e);
        }
        if (properties.exitWhenDone()) {
            int code = succeeded() ? 0 : 1;
            LOG.info("Sandbox nation: sandbox.exit-when-done=true, stopping with exit code {}", code);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private NationSummary replay(URI hub) throws InterruptedException {
        NationSettings settings = settings(properties);
        Nation nation = Nation.draw(settings);
        Truth truth = Truth.of(nation);
        Path truthFile = TruthFile.write(truth, properties.dataDir());
        System.out.printf("Sandbox nation: %d workers of %d offices over %d months from %s, %d facts; truth in %s%n",
                settings.workers(), settings.offices(), settings.months(), settings.start(), nation.steps().size(), truthFile);
        DeliveryNoise noise = DeliveryNoise.of(nation);
        PlannedNoise.lines(nation, noise).forEach(line -> System.out.println("Sandbox nation: " + line));
        ReplayTally tally = new ReplayTally();
        long started = System.nanoTime();
        NationChannels channels = channels(hub, noise, tally);
        senders = Executors.newFixedThreadPool(Math.max(1, properties.mol().senders()), numbered("nation-sender-"));
        try (channels) {
            Map<Office, String> renewals = sendLicences(nation, channels);
            sendJourneys(nation, renewals, noise, channels, tally);
        } finally {
            senders.shutdownNow();
        }
        Duration replayed = Duration.ofNanos(System.nanoTime() - started);
        long settleStarted = System.nanoTime();
        int unapplied = awaitRegistry(channels, properties.nation().settleTimeout());
        Duration settled = Duration.ofNanos(System.nanoTime() - settleStarted);
        channels.judgeReports();

        clock.advanceTo(settings.end().atStartOfDay(CanonicalEvent.AMMAN).toInstant());
        RegistryApi api = new RegistryApi(http, hub, properties.nation().admin(), properties.nation().adminPassword());
        api.sweep();
        JsonNode classification = api.classify();
        Map<String, Integer> flagsByRule = new LinkedHashMap<>();
        List<RegistryApi.RaisedFlag> raised = new ArrayList<>();
        for (RuleCode rule : RuleCode.values()) {
            List<RegistryApi.RaisedFlag> flags = api.flags(rule.name());
            flagsByRule.put(rule.name(), flags.size());
            raised.addAll(flags);
        }
        Map<String, Long> placed = placed(api, truth, raised);
        return new NationSummary(nation, truth, truthFile, tally.snapshot(), channels.nightlyFilesWhereabouts(),
                channels.embassyFilesWhereabouts(), channels.embassyFilesToRefuse(), unapplied, registry.counts(),
                flagsByRule, classification.path("period").asText(),
                OfficeQuality.of(nation.offices(), settings.end().minusDays(1), api.offices()),
                LinkageQuality.of(truth.persons(), placed),
                FlagQuality.of(truth, raised, placed), replayed, settled);
    }

    private NationChannels channels(URI hub, DeliveryNoise noise, ReplayTally tally) {
        SandboxProperties.Mol mol = properties.mol();
        SandboxProperties.Moi moiSettings = properties.moi();
        SandboxProperties.Border border = properties.border();
        return new NationChannels(() -> new MolClient(hub.resolve("/services/mol/events"), mol.account(), mol.password()),
                new MoiDecisionClient(moiSettings.decisionsUrl(), moiSettings.account(), moiSettings.password()), moi,
                new BorderPosts("tcp://localhost:" + broker.tcpPort(), crossingsQueue, border.account(), border.password(),
                        borderInbox),
                new EmbassyChannels(http.build(), hub, properties.embassies().phlToken(), embassyInbox), noise, tally);
    }

    /**
     * The licences as MoL loads them before the span, every office known before a request names it; and the message
     * ids of the renewals MoL sends during the span.
     */
    private Map<Office, String> sendLicences(Nation nation, NationChannels channels) throws InterruptedException {
        Instant loaded = nation.settings().start().minusDays(1).atTime(8, 0).atZone(CanonicalEvent.AMMAN).toInstant();
        Numbering numbering = new Numbering(new Random(nation.settings().seed() ^ 0x6c6963L));
        List<Callable<Void>> licences = new ArrayList<>();
        for (int i = 0; i < nation.offices().size(); i++) {
            Office office = nation.offices().get(i);
            String messageId = numbering.messageId();
            Instant sentAt = loaded.plusSeconds(30L * i);
            licences.add(() -> {
                channels.licence(office, messageId, sentAt);
                return null;
            });
        }
        all(licences);
        Map<Office, String> renewals = new LinkedHashMap<>();
        nation.renewals().forEach(office -> renewals.put(office, numbering.messageId()));
        return renewals;
    }

    /** The licences MoL renews that day, sent at nine in the morning. */
    private void sendRenewals(LocalDate day, Map<Office, String> renewals, NationChannels channels) {
        Instant nine = day.atTime(9, 0).atZone(CanonicalEvent.AMMAN).toInstant();
        renewals.forEach((office, messageId) -> {
            if (office.renewedOn().equals(day)) {
                clock.advanceTo(nine);
                channels.licence(office.renewed(), messageId, nine);
            }
        });
    }

    /** Runs the tasks on the senders and waits for all of them; a failure ends the replay. */
    private void all(List<Callable<Void>> tasks) throws InterruptedException {
        for (Future<Void> done : senders.invokeAll(tasks)) {
            try {
                done.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a sender failed", e.getCause());
            }
        }
    }

    private static ThreadFactory numbered(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Day by day, paced at the configured speed: each person's facts of the day in their order, several persons at
     * once; the day's files at its end. Before a day starts, the registry has applied what was accepted
     * {@value #DAYS_BEHIND} days before and the hub has taken the files dropped so far (or {@link #CATCH_UP} has
     * passed): a business day is long beside the registry's lag, and a clock running weeks ahead of it would raise,
     * for a moment, flags that wait for a fact already sent (a permit, an entry before its approval ran out).
     */
    private void sendJourneys(Nation nation, Map<Office, String> renewals, DeliveryNoise noise, NationChannels channels,
                              ReplayTally tally) throws InterruptedException {
        NationSettings settings = nation.settings();
        LocalDate lastDay = settings.end().minusDays(1);
        Map<LocalDate, Map<Journey, List<Step>>> byDay = new TreeMap<>();
        for (Journey journey : nation.journeys()) {
            for (Step step : journey.steps()) {
                LocalDate sent = step.date().plusDays(noise.of(step).daysLate());
                byDay.computeIfAbsent(sent.isAfter(lastDay) ? lastDay : sent, d -> new LinkedHashMap<>())
                        .computeIfAbsent(journey, j -> new ArrayList<>()).add(step);
            }
        }
        long days = ChronoUnit.DAYS.between(settings.start(), settings.end());
        ProgressBar bar = new ProgressBar(System.out, days);
        long begun = System.nanoTime();
        double nanosPerDay = 1e9 / Math.max(0.001, properties.nation().speed());
        // every office is known before a request names it
        awaitApplied(channels.accepted(), properties.nation().settleTimeout());
        int appliedBefore = channels.accepted().size();
        // how many messages had been accepted at the start of each of the last days
        Deque<Integer> acceptedBefore = new ArrayDeque<>(List.of(appliedBefore));
        for (LocalDate day = settings.start(); day.isBefore(settings.end()); day = day.plusDays(1)) {
            long index = ChronoUnit.DAYS.between(settings.start(), day);
            long due = begun + (long) (index * nanosPerDay);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int behind = acceptedBefore.size() < DAYS_BEHIND ? appliedBefore : acceptedBefore.removeFirst();
            List<NationChannels.Accepted> daysAgo = channels.accepted().subList(appliedBefore, behind);
            if (!awaitApplied(daysAgo, CATCH_UP).isEmpty() || !awaitFilesTaken(channels, CATCH_UP)) {
                tally.count("replay", "days the registry fell behind");
            }
            appliedBefore = behind;
            acceptedBefore.addLast(channels.accepted().size());
            sendRenewals(day, renewals, channels);
            List<Callable<Void>> lanes = new ArrayList<>();
            byDay.getOrDefault(day, Map.of()).forEach((journey, steps) -> lanes.add(() -> {
                for (Step step : steps) {
                    clock.advanceTo(step.at());
                    channels.send(journey, step, noise.of(step));
                }
                return null;
            }));
            all(lanes);
            channels.endOfDay(day);
            bar.show(index + 1, day, tally.total());
        }
        channels.finish(lastDay);
    }

    /**
     * Waits until the registry has applied every accepted message with an id of its own and the hub has taken every
     * file, and then until the registry's counts stay still a moment (the file records' ids are the hub's to make).
     *
     * @return how many accepted messages the registry has not applied
     */
    private int awaitRegistry(NationChannels channels, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<NationChannels.Accepted> waiting = awaitApplied(channels.accepted(), timeout);
        awaitFilesTaken(channels, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        var last = registry.counts();
        long stillSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - stillSince < QUIET.toNanos()) {
            Thread.sleep(POLL.toMillis());
            var now = registry.counts();
            if (!now.equals(last)) {
                last = now;
                stillSince = System.nanoTime();
            }
        }
        if (!waiting.isEmpty()) {
            LOG.warn("Sandbox nation: after {} the registry has not applied {} accepted messages, for example {}", timeout,
                    waiting.size(), waiting.get(0));
        }
        return waiting.size();
    }

    /** Waits until the hub has taken every file dropped so far, or the time is up; whether it has. */
    private static boolean awaitFilesTaken(NationChannels channels, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (channels.nightlyFilesWhereabouts().waiting() > 0 || channels.embassyFilesWhereabouts().waiting() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(APPLIED_POLL.toMillis());
        }
        return true;
    }

    /** Waits until the registry has applied these messages, or the time is up; those it has not applied yet. */
    private List<NationChannels.Accepted> awaitApplied(List<NationChannels.Accepted> accepted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<NationChannels.Accepted> waiting = new ArrayList<>(accepted);
        while (true) {
            waiting.removeIf(a -> registry.isApplied(InboundEvent.eventIdOf(a.system(), a.messageId())));
            if (waiting.isEmpty() || System.nanoTime() >= deadline) {
                return waiting;
            }
            Thread.sleep(APPLIED_POLL.toMillis());
        }
    }

    /**
     * Which registry person holds each record of the truth, read from the persons holding the truth's passports and
     * the workers the flags name (a person the passport search does not find may still carry a flag).
     */
    private static Map<String, Long> placed(RegistryApi api, Truth truth, List<RegistryApi.RaisedFlag> raised) {
        Set<Long> workers = new LinkedHashSet<>();
        for (Truth.TruePerson person : truth.persons()) {
            for (String passportNo : person.passportNos()) {
                workers.addAll(api.workers(passportNo, person.nationality()));
            }
        }
        raised.stream().map(RegistryApi.RaisedFlag::workerId).filter(Objects::nonNull).forEach(workers::add);
        Map<String, Long> placed = new HashMap<>();
        for (long id : workers) {
            api.timeline(id).forEach(r -> placed.put(LinkageQuality.keyOf(r.system(),
                    LinkageQuality.byReference(r.system()) ? r.reference() : r.messageId()), id));
        }
        return placed;
    }

    @Override
    public void destroy() {
        Thread thread = runner;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
        ExecutorService running = senders;
        if (running != null) {
            running.shutdownNow();
        }
    }
}
