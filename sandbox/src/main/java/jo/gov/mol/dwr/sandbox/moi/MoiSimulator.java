package jo.gov.mol.dwr.sandbox.moi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalDecision;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalReceipt;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalRequest;
import jo.gov.mol.dwr.mappings.moi.approvals.Decision;
import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;
import jo.gov.mol.dwr.sandbox.DecisionFact;
import jo.gov.mol.dwr.sandbox.SandboxProperties;

/**
 * Plays the Ministry of Interior (interfaces.md 2). It receives the hub's {@code ApprovalRequest}s (through
 * {@link MoiApprovalEndpoint}), opens one case per RequestId and answers its {@code CaseRef}, keeps every request it
 * got, and {@code decision-delay} later calls the hub's decisions service with its decision: mostly APPROVED, some
 * REJECTED (every reason code in turn), a few approvals revoked later by a second decision with a later
 * {@code DecidedAt}, a few decisions sent twice under one MessageId. A {@code Server} fault or no answer from the hub
 * is retried, as MoI does. It can also be told to refuse one RequestId with a {@code Client} fault
 * ({@link #refuse}), and goes down once for a while ({@link MoiOutage}).
 * <p>
 * Its services are there whether or not the MoL stream runs ({@code sandbox.simulate}), so that a message sent by
 * hand travels the whole way.
 */
@Component
public class MoiSimulator implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(MoiSimulator.class);
    private static final ZoneId AMMAN = ZoneId.of("Asia/Amman");
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(16);

    /** Which of a case's decisions a call carries. */
    public enum Kind { FIRST, REPEAT, REVOCATION }

    /** How the hub answered a decision, after MoI's retries. */
    public enum Answer { ACCEPTED, DUPLICATE, REFUSED, FAILED }

    /** A decision MoI sent, and the hub's final answer to it. */
    public record SentDecision(Kind kind, String messageId, DecisionFact fact, Answer answer, int attempts, String detail) {
    }

    /**
     * What MoI received for one RequestId.
     *
     * @param messageIds each MessageId received, with how often it was answered with a receipt
     * @param refused    how often MoI answered a {@code Client} fault on purpose
     */
    public record Received(String caseRef, Map<String, Integer> messageIds, int refused) {
        public int receipts() {
            return messageIds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final SandboxProperties.Moi settings;
    /** In a nation's replay MoI's decisions are the nation's, sent in business-time order by the replay. */
    private final boolean decidesItself;
    private final long seed;
    private final MoiDecisionPlan plan;
    private final MoiOutage outage;
    private final MoiDecisionClient client;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Case> cases = new ConcurrentHashMap<>();
    private final Map<String, String> refusing = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusedByRequest = new ConcurrentHashMap<>();
    private final List<SentDecision> sent = new ArrayList<>();
    private final AtomicLong receipts = new AtomicLong();
    private final LongAdder repeats = new LongAdder();
    private final LongAdder refusals = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final AtomicInteger due = new AtomicInteger();
    private final AtomicLong caseNumbers;
    private final AtomicLong approvalNumbers;

    MoiSimulator(SandboxProperties properties, MoiOutage outage) {
        this.settings = properties.moi();
        this.decidesItself = properties.mode() != SandboxProperties.Mode.NATION;
        this.seed = properties.seed();
        this.outage = outage;
        this.plan = new MoiDecisionPlan(seed, settings.rejectedShare(), settings.revokedShare(), settings.duplicateShare());
        if (settings.decisionsUrl() == null) {
            throw new IllegalStateException("sandbox.moi.decisions-url is not set: the hub's decisions service that MoI calls");
        }
        this.client = new MoiDecisionClient(settings.decisionsUrl(), settings.account(), settings.password());
        Random numbers = new Random(seed ^ 0x4e4f53L);
        this.caseNumbers = new AtomicLong(1 + numbers.nextInt(400_000));
        this.approvalNumbers = new AtomicLong(1 + numbers.nextInt(400_000));
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "moi-decisions-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** From now on, every ApprovalRequest for this RequestId is answered with a {@code Client} fault giving this reason. */
    public void refuse(String requestId, String reason) {
        refusing.put(requestId, reason);
    }

    /** Takes back {@link #refuse}: the RequestId is received as any other. */
    public void stopRefusing(String requestId) {
        refusing.remove(requestId);
    }

    /** The CaseRef MoI answered for this RequestId, once the hub has asked. */
    public Optional<String> caseRefOf(String requestId) {
        Case c = cases.get(requestId);
        return Optional.ofNullable(c == null ? null : c.caseRef);
    }

    /** What MoI received, by RequestId. */
    public Map<String, Received> requests() {
        Map<String, Received> view = new LinkedHashMap<>();
        cases.forEach((requestId, c) -> view.put(requestId, c.received(refusedByRequest.getOrDefault(requestId, 0))));
        refusedByRequest.forEach((requestId, n) -> view.putIfAbsent(requestId, new Received(null, Map.of(), n)));
        return view;
    }

    /** Every decision sent so far, with the hub's answer, in the order they were answered. */
    public List<SentDecision> decisions() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The decisions the hub accepted (repeats aside): each is a change that MoL is to hear of. */
    public Set<DecisionFact> acceptedDecisions() {
        Set<DecisionFact> facts = new LinkedHashSet<>();
        decisions().stream().filter(d -> d.answer() == Answer.ACCEPTED).forEach(d -> facts.add(d.fact()));
        return facts;
    }

    /**
     * The approval number in force by RequestId, for the requests whose latest accepted decision approved: the
     * approvals a worker may enter on. A revoked approval is not among them.
     */
    public Map<String, String> approvalsInForce() {
        Map<String, DecisionFact> latest = new LinkedHashMap<>();
        // the hub's answers come in decision order: a revocation is sent only after its approval was accepted
        acceptedDecisions().forEach(fact -> latest.put(fact.requestId(), fact));
        Map<String, String> approvals = new LinkedHashMap<>();
        latest.forEach((requestId, fact) -> {
            if (Decision.APPROVED.value().equals(fact.decision())) {
                approvals.put(requestId, fact.approvalNo());
            }
        });
        return approvals;
    }

    /** Decisions planned and not yet answered for good (waiting for their time, or being retried). */
    public int decisionsDue() {
        return due.get();
    }

    public MoiSummary summary() {
        List<SentDecision> decisions = decisions();
        long approved = 0;
        Map<ReasonCode, Long> rejected = new EnumMap<>(ReasonCode.class);
        Map<ReasonCode, Long> revoked = new EnumMap<>(ReasonCode.class);
        Map<Answer, Long> answers = new EnumMap<>(Answer.class);
        long repeatsSent = 0;
        for (SentDecision d : decisions) {
            answers.merge(d.answer(), 1L, Long::sum);
            switch (d.kind()) {
                case FIRST -> {
                    if (Decision.APPROVED.name().equals(d.fact().decision())) {
                        approved++;
                    } else {
                        rejected.merge(ReasonCode.fromValue(d.fact().reason()), 1L, Long::sum);
                    }
                }
                case REVOCATION -> revoked.merge(ReasonCode.fromValue(d.fact().reason()), 1L, Long::sum);
                case REPEAT -> repeatsSent++;
            }
        }
        long messageIds = cases.values().stream().mapToLong(Case::messageIdCount).sum();
        return new MoiSummary(receipts.get(), cases.size(), messageIds, repeats.sum(), refusals.sum(), outage.refused(),
                outage.downAfter(), outage.downFor(), decisions.size(), approved, rejected, revoked, repeatsSent, answers,
                retries.sum(), due.get());
    }

    /** The reason to refuse this RequestId with, if it is to be refused; the refusal is counted. */
    Optional<String> refusalFor(String requestId) {
        String reason = refusing.get(requestId);
        if (reason != null) {
            refusals.increment();
            refusedByRequest.merge(requestId, 1, Integer::sum);
            LOG.info("MoI simulator: refusing ApprovalRequest for {} with a Client fault ({})", requestId, reason);
        }
        return Optional.ofNullable(reason);
    }

    /** Receives an ApprovalRequest: the first for its RequestId opens a case and plans its decisions. */
    ApprovalReceipt receive(ApprovalRequest request) {
        boolean[] opened = {false};
        Case c = cases.computeIfAbsent(request.getRequestId(), requestId -> {
            opened[0] = true;
            return new Case(requestId, caseRef(), plan.next());
        });
        if (c.receive(request.getMessageId()) > 1) {
            repeats.increment();
        }
        outage.answered(receipts.incrementAndGet());
        if (opened[0] && decidesItself) {
            schedule(new Sending(c, Kind.FIRST, null), settings.decisionDelay());
        }
        ApprovalReceipt receipt = new ApprovalReceipt();
        receipt.setCaseRef(c.caseRef);
        return receipt;
    }

    private String caseRef() {
        return "MOI-CASE-%d-%06d".formatted(LocalDate.now(AMMAN).getYear(), caseNumbers.getAndIncrement() % 1_000_000);
    }

    private void schedule(Sending sending, Duration delay) {
        due.incrementAndGet();
        scheduler.schedule(() -> attempt(sending, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(Sending sending, int attempt) {
        try {
            if (sending.decision == null) {
                sending.decision = decide(sending.c, sending.kind);
            }
            MoiDecisionClient.Result result = client.send(sending.decision);
            if (result.answer() == MoiDecisionClient.Answer.RETRY && attempt < settings.attempts()) {
                retries.increment();
                LOG.info("MoI simulator: decision {} for {} got no Ack ({}); sending again", sending.decision.getMessageId(),
                        sending.c.requestId, result.detail());
                scheduler.schedule(() -> attempt(sending, attempt + 1), backoff(attempt).toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            Answer answer = switch (result.answer()) {
                case ACCEPTED -> Answer.ACCEPTED;
                case DUPLICATE -> Answer.DUPLICATE;
                case REFUSED -> Answer.REFUSED;
                case RETRY -> Answer.FAILED;
            };
            finished(sending, answer, attempt, result.detail());
            if (sending.kind == Kind.FIRST && answer == Answer.ACCEPTED) {
                if (sending.c.outcome.repeated()) {
                    schedule(new Sending(sending.c, Kind.REPEAT, sending.decision), Duration.ZERO);
                }
                if (sending.c.outcome.kind() == MoiDecisionPlan.Kind.REVOKED) {
                    schedule(new Sending(sending.c, Kind.REVOCATION, null), settings.revocationDelay());
                }
            }
            due.decrementAndGet();
        } catch (RuntimeException | Error e) {
            // a scheduled task's exception would vanish in its Future: count it as failed and say why
            due.decrementAndGet();
            LOG.error("MoI simulator: decision for {} failed", sending.c.requestId, e);
            finished(sending, Answer.FAILED, attempt, e.toString());
        }
    }

    private void finished(Sending sending, Answer answer, int attempts, String detail) {
        ApprovalDecision d = sending.decision;
        DecisionFact fact = d == null ? new DecisionFact(sending.c.requestId, null, null, null, null) : fact(d);
        synchronized (sent) {
            sent.add(new SentDecision(sending.kind, d == null ? null : d.getMessageId(), fact, answer, attempts, detail));
        }
        if (answer == Answer.REFUSED || answer == Answer.FAILED || (sending.kind == Kind.REPEAT) != (answer == Answer.DUPLICATE)) {
            LOG.warn("MoI simulator: {} decision {} for {} answered {}{}", sending.kind, d == null ? "-" : d.getMessageId(),
                    sending.c.requestId, answer, detail == null ? "" : " (" + detail + ")");
        }
    }

    /** The decision of this kind for the case, made now. */
    private ApprovalDecision decide(Case c, Kind kind) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, AMMAN);
        ApprovalDecision d = new ApprovalDecision();
        d.setMessageId(UUID.nameUUIDFromBytes(("MoI decision:" + seed + ":" + c.requestId + ":" + kind)
                .getBytes(StandardCharsets.UTF_8)).toString());
        d.setSentAt(XmlWriter.dateTime(now));
        d.setCaseRef(c.caseRef);
        d.setRequestId(c.requestId);
        if (kind == Kind.FIRST && c.outcome.kind() != MoiDecisionPlan.Kind.REJECTED) {
            d.setDecision(Decision.APPROVED);
            d.setApprovalNo("MOI-APR-%d-%06d".formatted(today.getYear(), approvalNumbers.getAndIncrement() % 1_000_000));
            d.setValidUntil(XmlWriter.date(today.plusWeeks(c.outcome.validFor())));
        } else {
            d.setDecision(Decision.REJECTED);
            d.setReasonCode(c.outcome.reason());
        }
        d.setDecidedAt(XmlWriter.dateTime(now));
        return d;
    }

    private static DecisionFact fact(ApprovalDecision d) {
        LocalDate validUntil = d.getValidUntil() == null ? null
                : LocalDate.of(d.getValidUntil().getYear(), d.getValidUntil().getMonth(), d.getValidUntil().getDay());
        return new DecisionFact(d.getRequestId(), d.getDecision().value(), d.getApprovalNo(),
                d.getReasonCode() == null ? null : d.getReasonCode().value(), validUntil);
    }

    private static Duration backoff(int attempt) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 10));
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    /** One case: one RequestId, its CaseRef, what will be decided, and the ApprovalRequests received for it. */
    private static final class Case {
        private final String requestId;
        private final String caseRef;
        private final MoiDecisionPlan.Outcome outcome;
        private final Map<String, Integer> messageIds = new LinkedHashMap<>();

        Case(String requestId, String caseRef, MoiDecisionPlan.Outcome outcome) {
            this.requestId = requestId;
            this.caseRef = caseRef;
            this.outcome = outcome;
        }

        /** @return how often this MessageId has now been received */
        synchronized int receive(String messageId) {
            return messageIds.merge(messageId, 1, Integer::sum);
        }

        synchronized long messageIdCount() {
            return messageIds.size();
        }

        synchronized Received received(int refused) {
            return new Received(caseRef, Map.copyOf(messageIds), refused);
        }
    }

    /** One decision on its way: built at its first attempt, then sent unchanged on every retry. */
    private static final class Sending {
        private final Case c;
        private final Kind kind;
        private ApprovalDecision decision;

        Sending(Case c, Kind kind, ApprovalDecision decision) {
            this.c = c;
            this.kind = kind;
            this.decision = decision;
        }
    }
}
