package jo.gov.mol.dwr.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.JmsException;
import org.springframework.test.annotation.DirtiesContext;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;

/** The intake route on its own, its outside parts replaced by advice. */
@CamelSpringBootTest
@SpringBootTest(classes = HubApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class IntakeRouteIntegrationTests {
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;
    @Autowired
    org.springframework.jms.core.JmsTemplate jms;

    @Test
    void logsAndQueuesANewMessageAndAnswersAccepted() {
        Submission submission = officeLicence(UUID.randomUUID().toString());

        Acceptance acceptance = producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);

        assertThat(acceptance.status()).isEqualTo(Acceptance.Status.ACCEPTED);
        assertThat(logEntries(submission.messageId())).isEqualTo(1);
    }

    @Test
    void keepsNoLogEntryWhenTheQueueCannotTakeTheEvent() throws Exception {
        AdviceWith.adviceWith(camel, "hub-log-and-publish", route -> route.weaveById("hub-publish-event").replace()
                .throwException(new org.springframework.jms.UncategorizedJmsException("broker unreachable")));
        Submission submission = officeLicence(UUID.randomUUID().toString());

        assertThatThrownBy(() -> producer.requestBody(IntakeRoutes.ACCEPT, submission))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(JmsException.class);
        assertThat(logEntries(submission.messageId())).isZero();
    }

    @Test
    void queuesNothingWhenTheLogCannotTakeTheMessage() throws Exception {
        AdviceWith.adviceWith(camel, "hub-log-and-publish", route -> route.weaveById("hub-log-message").replace()
                .throwException(new org.springframework.dao.DataAccessResourceFailureException("database unreachable")));
        Submission submission = officeLicence(UUID.randomUUID().toString());

        assertThatThrownBy(() -> producer.requestBody(IntakeRoutes.ACCEPT, submission))
                .hasRootCauseInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        jms.setReceiveTimeout(500);
        assertThat(jms.receiveSelected("registry.events", "dwrEventId = '"
                + jo.gov.mol.dwr.mappings.canonical.InboundEvent.eventIdOf(SourceSystem.MOL, submission.messageId()) + "'")).isNull();
    }

    @Test
    void answersAnEarlierAcceptanceForARepeatWithoutTouchingTheQueue() throws Exception {
        Submission submission = officeLicence(UUID.randomUUID().toString());
        Acceptance first = producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);
        AdviceWith.adviceWith(camel, "hub-log-and-publish", route -> route.weaveById("hub-publish-event").replace()
                .throwException(new IllegalStateException("a repeat must not reach the queue")));

        Acceptance again = producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);

        assertThat(again.status()).isEqualTo(Acceptance.Status.DUPLICATE);
        assertThat(again.receivedAt()).isEqualTo(first.receivedAt());
        assertThat(again.logEntryId()).isEqualTo(first.logEntryId());
    }

    @Test
    void answersAsARepeatAMessageAnotherChannelLoggedBetweenTheScreenAndTheLog() throws Exception {
        Submission submission = officeLicence(UUID.randomUUID().toString());
        // the same crossing taken in real time while its nightly row passes the screen
        AtomicBoolean otherChannel = new AtomicBoolean();
        AdviceWith.adviceWith(camel, "hub-accept-message", route -> route.weaveById("hub-screen-message").after()
                .process(exchange -> {
                    if (otherChannel.compareAndSet(false, true)) {
                        producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);
                    }
                }));

        Acceptance second = producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);

        assertThat(second.status()).isEqualTo(Acceptance.Status.DUPLICATE);
        assertThat(logEntries(submission.messageId())).isEqualTo(1);
    }

    @Test
    void refusesAsAConflictAMessageIdAnotherChannelLoggedMeanwhileWithOtherContent() throws Exception {
        String messageId = UUID.randomUUID().toString();
        AtomicBoolean otherChannel = new AtomicBoolean();
        AdviceWith.adviceWith(camel, "hub-accept-message", route -> route.weaveById("hub-screen-message").after()
                .process(exchange -> {
                    if (otherChannel.compareAndSet(false, true)) {
                        producer.requestBody(IntakeRoutes.ACCEPT, officeLicence(messageId, 200), Acceptance.class);
                    }
                }));

        assertThatThrownBy(() -> producer.requestBody(IntakeRoutes.ACCEPT, officeLicence(messageId)))
                .hasRootCauseInstanceOf(MessageIdConflictException.class);
        assertThat(logEntries(messageId)).isEqualTo(1);
    }

    private static Submission officeLicence(String messageId) {
        return officeLicence(messageId, 100);
    }

    private static Submission officeLicence(String messageId, int annualQuota) {
        OfficeLicenceRecorded licence = new OfficeLicenceRecorded(LicenceNo.of("RO-0999"), "TEST OFFICE", "مكتب",
                "AMMAN", LicenceStatus.ACTIVE, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), annualQuota);
        return new Submission(SourceSystem.MOL, "mol", messageId, Instant.parse("2026-01-05T08:00:00Z"), licence,
                ("<OfficeLicence>" + messageId + "</OfficeLicence>").getBytes(StandardCharsets.UTF_8));
    }

    private long logEntries(String messageId) {
        return hubDb.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, messageId);
    }

}
