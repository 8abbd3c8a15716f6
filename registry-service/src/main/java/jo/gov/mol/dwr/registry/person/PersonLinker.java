package jo.gov.mol.dwr.registry.person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.registry.linkage.Decision;
import jo.gov.mol.dwr.registry.linkage.LinkOutcome;
import jo.gov.mol.dwr.registry.linkage.PersonBlockingKeys;
import jo.gov.mol.dwr.registry.linkage.PersonLinkage;
import jo.gov.mol.dwr.registry.linkage.PersonRecord;
import jo.gov.mol.dwr.registry.linkage.PersonScore;
import jo.gov.mol.dwr.registry.linkage.PersonStandardiser;
import jo.gov.mol.dwr.registry.linkage.StandardisedPerson;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Links a record that carries a name and a birth date to a registry person as it is applied, in its transaction:
 * LINK puts it on the person found; NEW on a new person; REVIEW on a new, provisional person while a review item
 * proposes the candidates. The record is kept as a candidate for later ones, and the decision with what it rested
 * on. The passport it names (its worker) belongs to the person linked, unless linkage gave it one before.
 * <p>
 * A person that may never be the holder of the record's passport (a rejected review, a split) is no candidate.
 */
@Component
public class PersonLinker {
    private final PersonStandardiser standardiser;
    private final PersonLinkage linkage;
    private final LinkageLocks locks;
    private final LinkCandidates candidates;
    private final CannotLinks cannotLinks;
    private final PersonRepository persons;
    private final LinkedRecordRepository records;
    private final PersonLinkRepository links;
    private final ReviewProposals proposals;
    private final Workers workers;
    private final Clock clock = Clock.systemUTC();

    PersonLinker(PersonStandardiser standardiser, PersonLinkage linkage, LinkageLocks locks,
                 LinkCandidates candidates, CannotLinks cannotLinks, PersonRepository persons,
                 LinkedRecordRepository records, PersonLinkRepository links, ReviewProposals proposals,
                 Workers workers) {
        this.standardiser = standardiser;
        this.linkage = linkage;
        this.locks = locks;
        this.candidates = candidates;
        this.cannotLinks = cannotLinks;
        this.persons = persons;
        this.records = records;
        this.links = links;
        this.proposals = proposals;
        this.workers = workers;
    }

    /**
     * @param reference the source record's business reference (request number, crossing id, embassy reference)
     * @param workerId  the passport identity the record names
     * @return the person the record is linked to
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long link(RecordKind kind, String reference, PersonRecord record, long workerId, Provenance provenance) {
        StandardisedPerson incoming = standardiser.standardise(record);
        Set<String> keys = PersonBlockingKeys.of(incoming);
        locks.lock(keys);
        Set<Long> apart = workers.personOf(workerId).map(cannotLinks::apartFrom).orElse(Set.of());
        List<KnownRecord> known = candidates.of(incoming, keys, apart);
        LinkOutcome outcome = linkage.link(incoming, known.stream().map(KnownRecord::candidate).toList());
        Instant now = Instant.now(clock);
        long personId = outcome.personId().map(Long::parseLong)
                .orElseGet(() -> persons.save(Person.createdAt(now)).id());
        LinkedRecord kept = records.save(LinkedRecord.of(kind, reference, incoming, keys, workerId, personId,
                provenance));
        links.save(PersonLink.decided(kept.id(), personId, outcome,
                outcome.best().map(best -> recordOf(best, known)).orElse(null), linkage.thresholds(),
                linkage.weightsVersion(), now));
        if (outcome.decision() == Decision.REVIEW) {
            proposals.open(kept.id(), personId, outcome, known, now);
        }
        workers.belongTo(workerId, personId);
        return personId;
    }

    /** The kept record the engine scored a person through (it hands back the very object it was given). */
    static long recordOf(PersonScore scored, List<KnownRecord> known) {
        return known.stream().filter(candidate -> candidate.person() == scored.record()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine scored a record it was not given"))
                .recordId();
    }
}
