package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.registry.dossier.Dossiers;
import jo.gov.mol.dwr.registry.history.PersonHistory;
import jo.gov.mol.dwr.registry.person.PersonView;
import jo.gov.mol.dwr.registry.person.Persons;

/**
 * Evaluates the catalogue on a person (every rule on every fact of theirs) or on an office (the quota) and keeps the
 * flags in step. Findings whose condition first held before {@code registry.flags-from} raise nothing
 * (decisions.md, "Go-live").
 */
@Component
class FlagEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluation.class);

    private final List<Rule> rules;
    private final PersonHistory history;
    private final Persons persons;
    private final FlagBook book;
    private final FlagContext context;
    private final OfficeQuota quota;
    private final Dossiers dossiers;
    private final Optional<Instant> flagsFrom;

    FlagEvaluation(List<Rule> rules, PersonHistory history, Persons persons, FlagBook book, FlagContext context,
                   OfficeQuota quota, Dossiers dossiers,
                   @Value("${registry.flags-from:}") Optional<LocalDate> flagsFrom) {
        this.rules = List.copyOf(rules);
        this.history = history;
        this.persons = persons;
        this.book = book;
        this.context = context;
        this.quota = quota;
        this.dossiers = dossiers;
        this.flagsFrom = flagsFrom.map(CanonicalEvent::startOfAmmanDay);
    }

    /** The person (through merges) evaluated on every rule. */
    @Transactional
    FlagBook.Tally person(long personId) {
        Optional<PersonView> found = persons.find(personId);
        if (found.isEmpty()) {
            return new FlagBook.Tally();
        }
        PersonView person = found.get();
        PersonFacts facts = new PersonFacts(person.id(), history.of(person).stream().map(Fact::of).toList());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                findings.addAll(rule.findings(facts, context));
            } catch (RuntimeException failed) {
                // one rule's failure must not hide the others' findings; the sweep tries it again
                LOG.error("flag rule failed rule={} personId={}", rule.code(), person.id(), failed);
            }
        }
        Set<String> scopes = person.members().stream().map(Subject::scopeOf).collect(Collectors.toSet());
        return book.reconcile(scopes, Subject.person(workerOf(person, facts)), inForce(findings),
                this::ruleSetVersion);
    }

    /** The office evaluated on the rules about offices as a whole (the quota), every licence year of it. */
    @Transactional
    FlagBook.Tally office(LicenceNo office) {
        FlagBook.Tally tally = new FlagBook.Tally();
        quota.years(office).forEach(year -> tally.add(officeYear(office, year)));
        return tally;
    }

    /** The office's licence year holding {@code day} (a new request's), if it held a licence then. */
    @Transactional
    FlagBook.Tally office(LicenceNo office, LocalDate day) {
        return quota.yearOf(office, day).map(year -> officeYear(office, year)).orElseGet(FlagBook.Tally::new);
    }

    private FlagBook.Tally officeYear(LicenceNo office, LocalDate yearStart) {
        Subject subject = Subject.office(office.value(), yearStart);
        return book.reconcile(Set.of(subject.scope()), subject, inForce(quota.findings(office, yearStart)),
                this::ruleSetVersion);
    }

    /**
     * The worker as the flags name them: the passport seen last and the best description of its holder; for a person
     * who holds no passport identity of their own (the second user of a passport someone holds), as their latest
     * record names them.
     */
    private FlagView.Worker workerOf(PersonView person, PersonFacts facts) {
        return Optional.of(dossiers.summary(person))
                .filter(worker -> worker.passportNo() != null)
                .map(worker -> new FlagView.Worker(person.id(), worker.passportNo(), worker.nationality(), worker.name()))
                .or(() -> facts.latestIdentity().map(named -> new FlagView.Worker(person.id(),
                        named.passport().number().value(), named.nationality().value(), named.name())))
                .orElseGet(() -> new FlagView.Worker(person.id(), null, null, null));
    }

    private List<Finding> inForce(List<Finding> findings) {
        return flagsFrom.map(from -> findings.stream().filter(finding -> !finding.raisedAt().isBefore(from)).toList())
                .orElse(findings);
    }

    private int ruleSetVersion(Finding finding) {
        return context.rulesOn(finding.raisedOn()).version();
    }
}
