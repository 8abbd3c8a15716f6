package jo.gov.mol.dwr.sandbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.crossing.Crossings;
import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.Outbox;
import jo.gov.mol.dwr.sandbox.border.BorderRun;
import jo.gov.mol.dwr.sandbox.border.BorderSimulator;
import jo.gov.mol.dwr.sandbox.border.Crossing;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyOutbox;
import jo.gov.mol.dwr.sandbox.embassy.PhlNoticeReceiver;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeReceiver;

/**
 * What the hub and the registry owe after the border's crossings: every nightly file taken from the inbox, every
 * crossing held by the registry (the lost ones through the files), and for every crossing of a domestic worker a
 * notice at MoL and one at the worker's embassy (PHL over REST, the others as files), with nothing left pending in
 * the hub's outbox. Waits for them, printing its progress.
 */
@Component
@StreamsRun
class CrossingFollowUps {
    private static final Logger LOG = LoggerFactory.getLogger(CrossingFollowUps.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS = Duration.ofSeconds(5);

    /** What is still owed, at one moment. */
    record Missing(int filesWaiting, int crossings, int atMol, int atEmbassies, long pending) {
        boolean none() {
            return filesWaiting == 0 && crossings == 0 && atMol == 0 && atEmbassies == 0 && pending == 0;
        }
    }

    private final Crossings registry;
    private final BorderSimulator border;
    private final MolNoticeReceiver mol;
    private final PhlNoticeReceiver phl;
    private final EmbassyOutbox embassyOutbox;
    private final Outbox outbox;
    // a crossing once held stays held: ask the registry only about the others
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    CrossingFollowUps(Crossings registry, BorderSimulator border, MolNoticeReceiver mol, PhlNoticeReceiver phl,
                      EmbassyOutbox embassyOutbox, Outbox outbox) {
        this.registry = registry;
        this.border = border;
        this.mol = mol;
        this.phl = phl;
        this.embassyOutbox = embassyOutbox;
        this.outbox = outbox;
    }

    Missing await(BorderRun run, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        Missing missing = missing(run);
        while (!missing.none() && System.nanoTime() < deadline) {
            if (System.nanoTime() >= nextProgress) {
                LOG.info("Sandbox simulators: waiting for the border's follow-ups: nightly files in the inbox {}, crossings"
                                + " held by the registry {}/{}, notices missing at MoL {}, at the embassies {} (of {}), outbox pending {}",
                        missing.filesWaiting(), run.crossings().size() - missing.crossings(), run.crossings().size(),
                        missing.atMol(), missing.atEmbassies(), run.noticesDue().size(), missing.pending());
                nextProgress += PROGRESS.toNanos();
            }
            Thread.sleep(POLL.toMillis());
            missing = missing(run);
        }
        if (!missing.none()) {
            LOG.warn("Sandbox simulators: after {} still missing: {} nightly files unread, {} crossings in the registry,"
                            + " {} crossing notices at MoL, {} at the embassies, {} deliveries pending in the hub's outbox",
                    timeout, missing.filesWaiting(), missing.crossings(), missing.atMol(), missing.atEmbassies(),
                    missing.pending());
        }
        return missing;
    }

    /** The run's crossings the registry holds. */
    long held(BorderRun run) {
        return run.crossings().stream().filter(this::isHeld).count();
    }

    private Missing missing(BorderRun run) {
        InboxState inbox = border.inbox(run);
        int crossings = (int) (run.crossings().size() - held(run));
        Set<CrossingFact> due = run.noticesDue();
        Set<CrossingFact> notAtMol = new HashSet<>(due);
        notAtMol.removeAll(mol.crossingFacts());
        Set<CrossingFact> notAtEmbassies = new HashSet<>(due);
        notAtEmbassies.removeAll(phl.crossingFacts());
        notAtEmbassies.removeAll(embassyOutbox.read().facts());
        return new Missing(inbox.waiting(), crossings, notAtMol.size(), notAtEmbassies.size(),
                outbox.count(Delivery.Status.PENDING));
    }

    private boolean isHeld(Crossing crossing) {
        if (held.contains(crossing.eventId())) {
            return true;
        }
        boolean now = registry.byCrossingId(crossing.eventId()).isPresent();
        if (now) {
            held.add(crossing.eventId());
        }
        return now;
    }
}
