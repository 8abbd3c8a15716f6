package jo.gov.mol.dwr.registry.person;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.Someone;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.linkage.Decision;

/**
 * What people decide about persons: the review of records linkage could not decide alone, merges and splits, each
 * recorded, reversible and announced ({@link PersonsChanged}).
 */
@SpringBootTest(classes = RegistryApplication.class)
@RecordApplicationEvents
class PersonReviewIntegrationTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String AUDREY = "audrey";

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    Persons persons;

    @Autowired
    ReviewQueue reviews;

    @Autowired
    PersonChanges changes;

    @Autowired
    ApplicationEvents events;

    RegistryQueue queue;

    @BeforeEach
    void queue() {
        queue = new RegistryQueue(jms);
    }

    /** A new passport and a birth date one digit off leave too little to link alone (about 15 bits). */
    @Test
    void aRecordBetweenTheThresholdsWaitsOnAProvisionalPersonWithAnOpenReviewItem() {
        Someone her = Someone.fresh();
        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));

        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport(), String.join(" ", her.givenNames()),
                her.birthDateMistyped())));

        long requested = personOf(request);
        long provisional = personOf(crossing);
        assertThat(provisional).isNotEqualTo(requested);
        assertThat(persons.find(provisional)).get().extracting(PersonView::provisional).isEqualTo(true);
        ReviewItemView item = itemOf(crossing);
        assertThat(item.status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(item.personId()).isEqualTo(provisional);
        assertThat(item.candidates()).first().satisfies(candidate -> {
            assertThat(candidate.personId()).isEqualTo(requested);
            assertThat(candidate.totalWeight()).isBetween(new java.math.BigDecimal("9"), new java.math.BigDecimal("19"));
            assertThat(candidate.fields()).isNotEmpty();
        });
        assertThat(reviews.open(org.springframework.data.domain.PageRequest.of(0, 500)).getContent())
                .extracting(ReviewItemView::id).contains(item.id());
        assertThat(reviews.inReview(provisional, requested)).isTrue();
        assertThat(linkOf(crossing).decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void confirmingMergesTheProvisionalPersonIntoTheCandidateAndTheMergeCanBeUndone() {
        Someone her = Someone.fresh();
        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport(), String.join(" ", her.givenNames()),
                her.birthDateMistyped())));
        long requested = personOf(request);
        long provisional = personOf(crossing);

        ReviewItemView confirmed = reviews.confirm(itemOf(crossing).id(), AUDREY, "same photograph at the border");

        assertThat(confirmed.status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(confirmed.chosenPersonId()).isEqualTo(requested);
        assertThat(personOf(crossing)).isEqualTo(requested);
        assertThat(persons.find(provisional)).get().satisfies(view -> {
            assertThat(view.id()).isEqualTo(requested);
            assertThat(view.mergedInto()).isEqualTo(requested);
            assertThat(view.provisional()).isFalse();
        });
        assertThat(persons.recordsOf(requested)).extracting(PersonRecordView::eventId)
                .containsExactly(request.eventId(), crossing.eventId());
        assertThat(persons.history(requested)).extracting(PersonHistoryEntry::change, PersonHistoryEntry::actor,
                PersonHistoryEntry::note).containsExactly(org.assertj.core.groups.Tuple.tuple(PersonChange.MERGED,
                AUDREY, "same photograph at the border"));
        assertThat(changed()).contains(provisional, requested);

        changes.separate(provisional, AUDREY, "the photographs differ after all");

        assertThat(personOf(crossing)).isEqualTo(provisional);
        assertThat(reviews.item(confirmed.id())).get().extracting(ReviewItemView::status).isEqualTo(ReviewStatus.OPEN);
        assertThat(persons.history(provisional)).extracting(PersonHistoryEntry::change)
                .containsExactly(PersonChange.MERGED, PersonChange.SEPARATED);
    }

    /**
     * Rejected: the next record of the rejected person's passport, which agrees with her earlier record and with the
     * other person's well enough for both, goes to her alone; without the cannot-link it would have gone to review.
     */
    @Test
    void rejectingRecordsTheTwoAsDifferentPeopleAndLinkageNeverJoinsThem() {
        Someone her = Someone.fresh();
        PassportRef renewed = newPassport();
        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent attestation = apply(fromPhl(her.attested(newReference("ATT"), renewed,
                her.birthDateMistyped()), now()));
        long requested = personOf(request);
        long other = personOf(attestation);

        ReviewItemView rejected = reviews.reject(itemOf(attestation).id(), AUDREY, "another woman, her cousin");

        assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(reviews.inReview(other, requested)).isFalse();
        assertThat(persons.find(other)).get().extracting(PersonView::provisional).isEqualTo(false);
        assertThat(persons.history(other)).extracting(PersonHistoryEntry::change)
                .containsExactly(PersonChange.CANNOT_LINK);
        assertThat(changed()).contains(other, requested);
        assertThatThrownBy(() -> changes.merge(other, requested, AUDREY, "try anyway"))
                .isInstanceOfSatisfying(PersonChangeRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo(PersonError.CANNOT_LINK));

        InboundEvent welfareCase = apply(fromPhl(her.welfareCase(newReference("WC"), renewed, her.birthDate()), now()));

        assertThat(personOf(welfareCase)).isEqualTo(other);
        assertThat(linkOf(welfareCase).decision()).isEqualTo(Decision.LINK);
        assertThat(reviews.itemOfRecord(recordOf(welfareCase).recordId())).isEmpty();
    }

    @Test
    void aSplitPutsARecordAndItsPassportOnANewPersonAndCanBeUndone() {
        Someone her = Someone.fresh();
        PassportRef renewed = newPassport();
        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(renewed)));
        long person = personOf(request);
        assertThat(personOf(crossing)).isEqualTo(person);
        long oldLink = recordOf(crossing).linkId();

        PersonHistoryEntry split = changes.split(recordOf(crossing).recordId(), AUDREY, "a namesake: other photograph");

        long splitOff = split.otherPersonId();
        assertThat(personOf(crossing)).isEqualTo(splitOff).isNotEqualTo(person);
        assertThat(persons.personOfWorker(workerHolding(renewed))).contains(splitOff);
        assertThat(persons.link(oldLink)).get().satisfies(link -> assertThat(link.endedAt()).isPresent());
        assertThat(linkOf(crossing).basis()).isEqualTo(LinkBasis.SPLIT);
        assertThat(linkOf(crossing).decidedBy()).isEqualTo(AUDREY);
        assertThat(changed()).contains(person, splitOff);
        assertThatThrownBy(() -> changes.merge(splitOff, person, AUDREY, "undo by hand"))
                .isInstanceOf(PersonChangeRefused.class);

        changes.undoSplit(split.id(), AUDREY, "the same woman after all");

        assertThat(personOf(crossing)).isEqualTo(person);
        assertThat(persons.personOfWorker(workerHolding(renewed))).contains(person);
        assertThat(persons.history(person)).extracting(PersonHistoryEntry::change)
                .containsExactly(PersonChange.SPLIT, PersonChange.SPLIT_UNDONE);
    }

    private java.util.List<Long> changed() {
        return events.stream(PersonsChanged.class).flatMap(change -> change.personIds().stream()).toList();
    }

    private InboundEvent apply(InboundEvent event) {
        queue.publish(event);
        await().atMost(PATIENCE).until(() -> statistics.isApplied(event.eventId()));
        return event;
    }

    private long personOf(InboundEvent event) {
        return persons.personOfEvent(event.eventId()).orElseThrow();
    }

    private PersonRecordView recordOf(InboundEvent event) {
        return persons.recordsOf(personOf(event)).stream()
                .filter(record -> record.eventId().equals(event.eventId())).findFirst().orElseThrow();
    }

    private ReviewItemView itemOf(InboundEvent event) {
        return reviews.itemOfRecord(recordOf(event).recordId()).orElseThrow();
    }

    private LinkExplanation linkOf(InboundEvent event) {
        return persons.link(recordOf(event).linkId()).orElseThrow();
    }

    private long workerHolding(PassportRef passport) {
        return jdbc.queryForObject("select id from worker where passport_key = ?", Long.class, passport.key());
    }
}
