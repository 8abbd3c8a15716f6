package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;

/**
 * Everything the registry holds about one person, as facts in the order they happened, with the versions of each
 * business object (a request, a permit, a complaint…) resolved to the current one where a rule asks for it.
 */
final class PersonFacts {
    private static final Comparator<Fact> CHRONOLOGICAL = Comparator.comparing(Fact::businessTime)
            .thenComparing(Fact::receivedAt);

    private final long personId;
    private final List<Fact> facts;

    PersonFacts(long personId, List<Fact> facts) {
        this.personId = personId;
        // one applied event is one fact, however many times it is handed over (the border's two channels share it)
        Map<UUID, Fact> once = new LinkedHashMap<>();
        facts.stream().sorted(Comparator.comparing(Fact::receivedAt))
                .forEach(fact -> once.putIfAbsent(fact.eventId(), fact));
        List<Fact> chronological = new ArrayList<>(once.values());
        chronological.sort(CHRONOLOGICAL);
        this.facts = List.copyOf(chronological);
    }

    long personId() {
        return personId;
    }

    /** Every fact, oldest first. */
    List<Fact> all() {
        return facts;
    }

    /** Every version of every object of this kind, oldest first by business time. */
    List<Fact> all(Class<? extends CanonicalEvent> type) {
        return facts.stream().filter(fact -> type.isInstance(fact.event())).toList();
    }

    /** The current version of each object of this kind, oldest first by business time. */
    List<Fact> current(Class<? extends CanonicalEvent> type) {
        Map<String, Fact> current = new LinkedHashMap<>();
        for (Fact fact : all(type)) {
            current.merge(objectOf(fact.event()), fact,
                    (kept, other) -> Fact.VERSION_ORDER.compare(other, kept) >= 0 ? other : kept);
        }
        return current.values().stream().sorted(CHRONOLOGICAL).toList();
    }

    /** Every version of the object {@code fact} is a version of, in the order they take over. */
    List<Fact> versionsOf(Fact fact) {
        String object = objectOf(fact.event());
        return all(fact.event().getClass()).stream().filter(other -> objectOf(other.event()).equals(object))
                .sorted(Fact.VERSION_ORDER).toList();
    }

    /** The person's crossings in one direction, oldest first. */
    List<Fact> crossings(Direction direction) {
        return all(BorderCrossed.class).stream()
                .filter(fact -> fact.as(BorderCrossed.class).direction() == direction).toList();
    }

    /** The current version of the person's latest recruitment request made at or before {@code moment}. */
    Optional<Fact> latestRequestAtOrBefore(Instant moment) {
        return current(RecruitmentRequested.class).stream()
                .filter(request -> !request.businessTime().isAfter(moment))
                .reduce((earlier, later) -> later);
    }

    /** Whether any fact about the person happened after {@code moment} (by business time). */
    boolean anythingAfter(Instant moment) {
        return facts.stream().anyMatch(fact -> fact.businessTime().isAfter(moment));
    }

    /** The facts that state a birth date, each with the date it states. */
    Map<Fact, LocalDate> birthDates() {
        Map<Fact, LocalDate> stated = new LinkedHashMap<>();
        for (Fact fact : facts) {
            identityOf(fact).map(Named::birthDate).ifPresent(born -> stated.put(fact, born));
        }
        return stated;
    }

    /** How the person's latest record carrying a name names them: passport, nationality and name. */
    Optional<Named> latestIdentity() {
        return facts.stream().flatMap(fact -> identityOf(fact).stream()).reduce((earlier, later) -> later);
    }

    /**
     * Who a record that carries a name and a birth date (the records linkage puts on persons) says the person is;
     * empty for the other facts.
     */
    static Optional<Named> identityOf(Fact fact) {
        if (fact.event() instanceof RecruitmentRequested request) {
            return Optional.of(Named.of(request.worker()));
        } else if (fact.event() instanceof BorderCrossed crossing) {
            TravellerIdentity traveller = crossing.traveller();
            return Optional.of(new Named(traveller.passport(), traveller.nationality(), traveller.givenNames() == null
                    ? traveller.surname() : traveller.givenNames() + " " + traveller.surname(), traveller.birthDate()));
        } else if (fact.event() instanceof ContractAttested attestation) {
            return Optional.of(Named.of(attestation.worker()));
        } else if (fact.event() instanceof WelfareCaseRecorded welfareCase) {
            return Optional.of(Named.of(welfareCase.worker()));
        }
        return Optional.empty();
    }

    /** A person as one record names them. */
    record Named(PassportRef passport, CountryCode nationality, String name, LocalDate birthDate) {
        static Named of(WorkerIdentity worker) {
            return new Named(worker.passport(), worker.nationality(), worker.nameLatin(), worker.birthDate());
        }
    }

    /** What a fact is a version of: its kind and business reference (an embassy's references are its own). */
    private static String objectOf(CanonicalEvent event) {
        String embassy = "";
        if (event instanceof ContractAttested attestation) {
            embassy = attestation.embassy().value() + ":";
        } else if (event instanceof WelfareCaseRecorded welfareCase) {
            embassy = welfareCase.embassy().value() + ":";
        }
        return event.getClass().getSimpleName() + ":" + embassy + event.reference();
    }
}
