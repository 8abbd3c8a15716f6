package jo.gov.mol.dwr.registry.flag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.person.Persons;

/** The flags as auditors read and review them. */
@Component
class Flags {
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id"));

    private final FlagRepository flags;
    private final Persons persons;
    private final Clock clock;

    Flags(FlagRepository flags, Persons persons, Clock clock) {
        this.flags = flags;
        this.persons = persons;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage<FlagView> find(FlagFilter filter, PageRequest page) {
        Specification<Flag> where = Specification.allOf();
        where = filter.rule().map(rule -> equal("rule", rule)).map(where::and).orElse(where);
        where = filter.status().map(status -> equal("status", status)).map(where::and).orElse(where);
        where = filter.severity().map(severity -> equal("severity", severity)).map(where::and).orElse(where);
        where = filter.office().map(office -> equal("officeLicenceNo", office)).map(where::and).orElse(where);
        where = filter.employer().map(employer -> equal("employerNationalId", employer)).map(where::and).orElse(where);
        where = filter.nationality().map(nationality -> equal("workerNationality", nationality)).map(where::and)
                .orElse(where);
        if (filter.passportNo().isPresent()) {
            where = where.and(workerAmong(holders(filter.passportNo().get(), filter.nationality())));
        }
        if (filter.from().isPresent()) {
            LocalDate from = filter.from().get();
            where = where.and((flag, query, cb) -> cb.greaterThanOrEqualTo(flag.get("raisedAt"),
                    CanonicalEvent.startOfAmmanDay(from)));
        }
        if (filter.to().isPresent()) {
            LocalDate to = filter.to().get();
            where = where.and((flag, query, cb) -> cb.lessThan(flag.get("raisedAt"),
                    CanonicalEvent.startOfAmmanDay(to.plusDays(1))));
        }
        return ListPage.of(flags.findAll(where, page.withSort(NEWEST_FIRST)).map(flag -> flag.view(false)));
    }

    @Transactional(readOnly = true)
    Optional<FlagView> find(long id) {
        return flags.findById(id).map(flag -> flag.view(true));
    }

    /** An auditor's move (interfaces.md 6): from OPEN or IN_REVIEW to IN_REVIEW, CONFIRMED or DISMISSED. */
    @Transactional
    FlagView move(long id, FlagStatus to, String auditor, String note) {
        Flag flag = flags.findById(id).orElseThrow(() -> unknown(id));
        try {
            flag.review(to, auditor, note, clock.instant());
        } catch (IllegalStateException notAllowed) {
            throw RequestRefused.conflict("transition_not_allowed",
                    "a flag " + flag.status() + " cannot be moved to " + to);
        }
        return flag.view(true);
    }

    static RequestRefused unknown(long id) {
        return RequestRefused.notFound("unknown_flag", "no flag " + id);
    }

    /** The persons holding the passport, and everyone merged into them: flags name the person as evaluated. */
    private Set<Long> holders(String passportNo, Optional<String> nationality) {
        return persons.holding(Optional.of(passportNo), nationality).stream()
                .flatMap(survivor -> persons.find(survivor).map(view -> view.members().stream()).orElseThrow())
                .collect(Collectors.toSet());
    }

    private static Specification<Flag> equal(String attribute, Object value) {
        return (flag, query, cb) -> cb.equal(flag.get(attribute), value);
    }

    private static Specification<Flag> workerAmong(Set<Long> personIds) {
        return (flag, query, cb) -> personIds.isEmpty() ? cb.disjunction()
                : flag.get("workerPersonId").in(List.copyOf(personIds));
    }
}
