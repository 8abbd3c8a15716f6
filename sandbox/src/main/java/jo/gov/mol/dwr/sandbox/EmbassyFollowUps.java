package jo.gov.mol.dwr.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.Outbox;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyRun;
import jo.gov.mol.dwr.sandbox.embassy.EmbassySimulator;
import jo.gov.mol.dwr.sandbox.embassy.EmbassySummary;
import jo.gov.mol.dwr.sandbox.embassy.RecordVersion;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeReceiver;

/**
 * What the hub and the registry owe after the embassies' run: every file taken from the inbox, every accepted record
 * version applied by the registry, the attestations and welfare cases held once per embassy and reference, and for
 * every attestation version an AttestationNotice at MoL, with nothing left pending in the hub's outbox. Waits for
 * them, printing its progress, and sums them up.
 */
@Component
@StreamsRun
class EmbassyFollowUps {
    private static final Logger LOG = LoggerFactory.getLogger(EmbassyFollowUps.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS = Duration.ofSeconds(5);

    /** What is still owed, at one moment. */
    record Missing(int filesWaiting, int versions, long attestations, long welfareCases, int notices, int unexpectedNotices,
                   long pending) {
        boolean none() {
            return filesWaiting == 0 && versions == 0 && attestations == 0 && welfareCases == 0 && notices == 0
                    && unexpectedNotices == 0 && pending == 0;
        }
    }

    private final EmbassySimulator embassies;
    private final RegistryStatistics registry;
    private final MolNoticeReceiver mol;
    private final Outbox outbox;
    // a version once applied stays applied: ask the registry only about the others
    private final Set<UUID> applied = ConcurrentHashMap.newKeySet();

    EmbassyFollowUps(EmbassySimulator embassies, RegistryStatistics registry, MolNoticeReceiver mol, Outbox outbox) {
        this.embassies = embassies;
        this.registry = registry;
        this.mol = mol;
        this.outbox = outbox;
    }

    Missing await(EmbassyRun run, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        Missing missing = missing(run);
        while (!missing.none() && System.nanoTime() < deadline) {
            if (System.nanoTime() >= nextProgress) {
                LOG.info("Sandbox simulators: waiting for the embassies' follow-ups: files in the inbox {}, versions applied by"
                                + " the registry {}/{}, attestations missing {}, welfare cases missing {}, AttestationNotices missing at"
                                + " MoL {} (of {}), outbox pending {}", missing.filesWaiting(),
                        run.versions().size() - missing.versions(), run.versions().size(), missing.attestations(),
                        missing.welfareCases(), missing.notices(), run.noticesDue().size(), missing.pending());
                nextProgress += PROGRESS.toNanos();
            }
            Thread.sleep(POLL.toMillis());
            missing = missing(run);
        }
        if (!missing.none()) {
            LOG.warn("Sandbox simulators: after {} still missing: {} embassy files unread, {} record versions in the registry,"
                            + " {} attestations and {} welfare cases, {} AttestationNotices at MoL ({} unexpected), {} deliveries"
                            + " pending in the hub's outbox", timeout, missing.filesWaiting(), missing.versions(),
                    missing.attestations(), missing.welfareCases(), missing.notices(), missing.unexpectedNotices(),
                    missing.pending());
        }
        return missing;
    }

    EmbassySummary summary(EmbassyRun run, Missing missing, Duration waited) {
        RegistryCounts counts = registry.counts();
        return new EmbassySummary(run, embassies.inbox(run), embassies.reports(run), appliedOf(run), counts.attestations(),
                counts.welfareCases(), missing.notices(), missing.unexpectedNotices(), waited);
    }

    private Missing missing(EmbassyRun run) {
        RegistryCounts counts = registry.counts();
        Map<UUID, AttestationFact> due = run.noticesDue();
        Map<String, AttestationFact> heard = mol.attestationFacts();
        int notHeard = (int) due.entrySet().stream()
                .filter(notice -> !notice.getValue().equals(heard.get(notice.getKey().toString()))).count();
        Set<String> dueIds = due.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
        int unexpected = (int) heard.keySet().stream().filter(id -> !dueIds.contains(id)).count();
        return new Missing(embassies.inbox(run).waiting(), (int) (run.versions().size() - appliedOf(run)),
                Math.abs(run.attestations() - counts.attestations()), Math.abs(run.welfareCases() - counts.welfareCases()),
                notHeard, unexpected, outbox.count(Delivery.Status.PENDING));
    }

    private long appliedOf(EmbassyRun run) {
        return run.versions().stream().filter(this::isApplied).count();
    }

    private boolean isApplied(RecordVersion version) {
        if (applied.contains(version.eventId())) {
            return true;
        }
        boolean now = registry.isApplied(version.eventId());
        if (now) {
            applied.add(version.eventId());
        }
        return now;
    }
}
