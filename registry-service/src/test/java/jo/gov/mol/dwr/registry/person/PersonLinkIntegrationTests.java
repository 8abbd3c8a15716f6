package jo.gov.mol.dwr.registry.person;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.Someone;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.linkage.Decision;
import jo.gov.mol.dwr.registry.linkage.FieldWeight;

/**
 * Records that carry a name and a birth date, published to {@code registry.events} as the hub publishes them, and
 * the persons linkage puts them on. Each test describes people no other test knows ({@link Someone}).
 */
@SpringBootTest(classes = RegistryApplication.class)
class PersonLinkIntegrationTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    RegistryQueue queue;

    @BeforeEach
    void queue() {
        queue = new RegistryQueue(jms);
    }

    @Test
    void aRequestAndACrossingOfOnePassportAreOnePerson() {
        Someone her = Someone.fresh();
        PassportRef passport = newPassport();

        InboundEvent request = apply(fromMol(her.requested(newRequestId(), passport)));
        InboundEvent crossing = apply(fromBorder(her.crossed(passport)));

        long person = personOf(request);
        assertThat(personOf(crossing)).isEqualTo(person);
        assertThat(linkOf(crossing).basis()).isEqualTo(LinkBasis.PASSPORT_AND_BIRTH_DATE);
        assertThat(persons.personOfWorker(workerHolding(passport))).contains(person);
        assertThat(persons.recordsOf(person)).extracting(PersonRecordView::kind)
                .containsExactly(RecordKind.RECRUITMENT_REQUEST, RecordKind.BORDER_CROSSING);
    }

    @Test
    void aRenewedPassportIsTheSamePersonAndTheLinkSaysWhy() {
        Someone her = Someone.fresh();
        PassportRef first = newPassport();
        PassportRef renewed = newPassport();

        InboundEvent request = apply(fromMol(her.requested(newRequestId(), first)));
        InboundEvent crossing = apply(fromBorder(her.crossed(renewed)));

        long person = personOf(request);
        assertThat(personOf(crossing)).isEqualTo(person);
        assertThat(persons.personOfWorker(workerHolding(renewed))).contains(person);
        assertThat(workerHolding(renewed)).isNotEqualTo(workerHolding(first));
        LinkExplanation link = linkOf(crossing);
        assertThat(link.decision()).isEqualTo(Decision.LINK);
        assertThat(link.basis()).isEqualTo(LinkBasis.WEIGHT);
        assertThat(link.decidedBy()).isEqualTo("linkage");
        assertThat(link.upperThreshold()).isEqualByComparingTo("19");
        assertThat(link.lowerThreshold()).isEqualByComparingTo("9");
        assertThat(link.weightsVersion()).startsWith("fs-");
        assertThat(link.totalWeight()).isGreaterThanOrEqualTo(link.upperThreshold());
        assertThat(link.fields()).extracting(FieldWeight::field, FieldWeight::level).contains(
                org.assertj.core.groups.Tuple.tuple("name", "EXACT"),
                org.assertj.core.groups.Tuple.tuple("birthDate", "EXACT"),
                org.assertj.core.groups.Tuple.tuple("passport", "DIFFERENT"));
        assertThat(link.fields().stream().map(field -> BigDecimal.valueOf(field.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isCloseTo(link.totalWeight(),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.001")));
        assertThat(link.comparedRecordId()).contains(recordOf(request).recordId());
    }

    @Test
    void aNameTheZoneTruncatedOnANewPassportIsLinked() {
        Someone her = Someone.fresh();
        String cut = her.givenNames().get(0) + " " + her.givenNames().get(1).substring(0, 4);

        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport(), cut, her.birthDate())));

        assertThat(personOf(crossing)).isEqualTo(personOf(request));
        assertThat(level(linkOf(crossing), "name")).isEqualTo("VARIANT");
    }

    @Test
    void aNameTheEmbassyWritesSurnameFirstIsLinked() {
        Someone her = Someone.fresh();

        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent attestation = apply(fromPhl(her.attested(newReference("ATT"), newPassport(), her.birthDate()),
                now()));

        assertThat(personOf(attestation)).isEqualTo(personOf(request));
        assertThat(level(linkOf(attestation), "name")).isEqualTo("EXACT");
    }

    @Test
    void aNameMolTypedOnlyInArabicScriptIsLinkedToItsLatinSpelling() {
        Someone her = Someone.fresh();

        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport(), null, her.inArabic())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport())));

        assertThat(personOf(crossing)).isEqualTo(personOf(request));
        assertThat(level(linkOf(crossing), "name")).isEqualTo("VARIANT");
    }

    @Test
    void twoNamesakesBornInOneYearAreTwoPersons() {
        Someone one = Someone.fresh();
        Someone other = one.namesakeBornOn(one.birthDate().withMonth(one.birthDate().getMonthValue() % 12 + 1)
                .withDayOfMonth(28));

        InboundEvent first = apply(fromMol(one.requested(newRequestId(), newPassport())));
        InboundEvent second = apply(fromMol(other.requested(newRequestId(), newPassport())));

        assertThat(personOf(second)).isNotEqualTo(personOf(first));
        assertThat(linkOf(second).decision()).isEqualTo(Decision.NEW);
        assertThat(reviews.itemOfRecord(recordOf(second).recordId())).isEmpty();
    }

    @Test
    void aRedeliveredRecordIsLinkedOnce() {
        Someone her = Someone.fresh();
        InboundEvent request = fromMol(her.requested(newRequestId(), newPassport()));

        queue.publish(request);
        queue.publish(request);
        InboundEvent marker = apply(fromMol(her.requested(newRequestId(), newPassport())));
        await().atMost(PATIENCE).until(() -> statistics.isApplied(request.eventId()));

        assertThat(jdbc.queryForObject("select count(*) from person_record where event_id = ?", Long.class,
                request.eventId().toString())).isOne();
        assertThat(persons.recordsOf(personOf(request))).extracting(PersonRecordView::eventId)
                .containsExactlyInAnyOrder(request.eventId(), marker.eventId());
        assertThat(jdbc.queryForObject("""
                select count(*) from person_link l join person_record r on r.id = l.record_id where r.event_id = ?""",
                Long.class, request.eventId().toString())).isOne();
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

    private LinkExplanation linkOf(InboundEvent event) {
        return persons.link(recordOf(event).linkId()).orElseThrow();
    }

    private static String level(LinkExplanation link, String field) {
        return link.fields().stream().filter(weight -> weight.field().equals(field)).findFirst().orElseThrow().level();
    }

    private long workerHolding(PassportRef passport) {
        return jdbc.queryForObject("select id from worker where passport_key = ?", Long.class, passport.key());
    }
}
