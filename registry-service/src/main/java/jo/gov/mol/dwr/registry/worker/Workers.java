package jo.gov.mol.dwr.registry.worker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * The workers: created or described by the identity a recruitment request carries, or created from a passport read
 * at the border or from an embassy's record when no worker holds it.
 */
@Component
public class Workers {
    private final WorkerRepository workers;

    Workers(WorkerRepository workers) {
        this.workers = workers;
    }

    /**
     * Creates the worker who holds this passport, or describes the one there is. Two requests racing to create the
     * same worker meet the unique passport key: the loser rolls back and its redelivery finds the worker.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordIdentity(WorkerIdentity identity, Provenance provenance) {
        return workers.findByPassportKey(identity.passport().key())
                .map(worker -> {
                    worker.describe(identity, provenance);
                    return worker;
                })
                .orElseGet(() -> workers.save(Worker.identifiedBy(identity, IdentitySource.RECRUITMENT_REQUEST, provenance)))
                .id();
    }

    /**
     * The worker who holds the traveller's passport, created from what the passport's machine readable zone says
     * when no worker holds it (see {@link #holderOf(WorkerIdentity, IdentitySource, Provenance)}).
     *
     * @return the worker's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long holderOf(TravellerIdentity traveller, Provenance provenance) {
        return holderOf(identityOf(traveller), IdentitySource.PASSPORT_MRZ, provenance);
    }

    /**
     * The worker who holds the passport (issuing state and folded number), created as {@code identity} describes
     * them when no worker holds it; an existing worker is joined, not described (only a recruitment request
     * describes a worker who exists, {@link #recordIdentity}).
     * <p>
     * The worker is the passport, not the person: which person holds it is linkage's decision
     * ({@link #belongTo}). Two events racing to create the same worker meet the unique passport key, as in
     * {@link #recordIdentity}.
     *
     * @param describedIn where {@code identity} comes from, kept with the description of a worker created here
     * @return the worker's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long holderOf(WorkerIdentity identity, IdentitySource describedIn, Provenance provenance) {
        return workers.findByPassportKey(identity.passport().key())
                .orElseGet(() -> workers.save(Worker.identifiedBy(identity, describedIn, provenance)))
                .id();
    }

    /** The person holding the worker's passport, if linkage gave it one yet (not resolved through merges). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> personOf(long workerId) {
        return workers.findById(workerId).map(Worker::personId);
    }

    /** The worker holding this passport key, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> holding(String passportKey) {
        return workers.findByPassportKey(passportKey).map(Worker::id);
    }

    /** The passport keys of the workers (passport identities) that belong to these persons. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> passportKeysOf(Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : Set.copyOf(workers.passportKeysOfPersons(personIds));
    }

    /** The passport identities that belong to these persons, oldest first. */
    @Transactional(readOnly = true)
    public List<PassportHolding> heldBy(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : workers.findByPersonIdInOrderByIdAsc(personIds).stream()
                .map(PassportHolding::of).toList();
    }

    /**
     * The persons holding a passport number (however it is spelled: folded as interfaces.md says), of any issuing
     * state or of this nationality; either may be absent. Not resolved through merges.
     *
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidValueException for a number or nationality that cannot be
     *                                                                   one
     */
    @Transactional(readOnly = true)
    public Set<Long> personsHolding(Optional<String> passportNo, Optional<String> nationality) {
        Specification<Worker> filter = WorkerRepository.belongingToAPerson();
        if (passportNo.isPresent()) {
            filter = filter.and(WorkerRepository.holdingPassportNo(PassportNo.of(passportNo.get()).folded()));
        }
        if (nationality.isPresent()) {
            filter = filter.and(WorkerRepository.ofNationality(CountryCode.of(nationality.get()).value()));
        }
        return workers.findAll(filter).stream().map(Worker::personId).collect(Collectors.toSet());
    }

    /** The passport belongs to this person, unless linkage gave it one before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void belongTo(long workerId, long personId) {
        worker(workerId).belongTo(personId);
    }

    /** The passport is another person's after all (a split, or its undoing). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveTo(long workerId, long personId) {
        worker(workerId).moveTo(personId);
    }

    private Worker worker(long workerId) {
        return workers.findById(workerId)
                .orElseThrow(() -> new IllegalArgumentException("no worker " + workerId));
    }

    /** The zone's names in the order a recruitment request gives them: given names, then surname. */
    private static WorkerIdentity identityOf(TravellerIdentity traveller) {
        String name = traveller.givenNames() == null || traveller.givenNames().isBlank() ? traveller.surname()
                : traveller.givenNames() + " " + traveller.surname();
        return new WorkerIdentity(traveller.passport(), traveller.nationality(), name, null, traveller.birthDate(),
                traveller.sex());
    }
}
