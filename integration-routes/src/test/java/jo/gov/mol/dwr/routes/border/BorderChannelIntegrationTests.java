package jo.gov.mol.dwr.routes.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2_BAD_CHECK_DIGIT;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.realTime;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.TextMessage;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;
import jo.gov.mol.dwr.routes.refusal.Origin;

/** Real-time crossings through the real broker: logged and queued once, or kept as dead letters with why. */
@SpringBootTest(classes = HubApplication.class)
class BorderChannelIntegrationTests {
    @Autowired
    JmsTemplate jms;
    @Autowired
    DeadLetterStore deadLetters;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void logsAndQueuesACrossingOnceWhateverTheRepeats() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String crossing = realTime(eventId, "AMM", LINE2);

        jms.convertAndSend("border.crossings", crossing);
        jms.convertAndSend("border.crossings", crossing);

        jms.setReceiveTimeout(10_000);
        TextMessage queued = (TextMessage) jms.receiveSelected("registry.events",
                "dwrEventId = '" + InboundEvent.eventIdOf(SourceSystem.BORDER, eventId) + "'");
        BorderCrossed event = (BorderCrossed) EventCodec.fromJson(queued.getText()).event();
        assertThat(event.crossingPoint()).isEqualTo(CrossingPoint.AMM);
        assertThat(event.traveller().surname()).isEqualTo("DELA CRUZ");
        await().atMost(Duration.ofSeconds(5)).until(() -> jms.browse("border.crossings", (s, b) -> !b.getEnumeration().hasMoreElements()));
        assertThat(hubDb.queryForObject("select count(*) from inbound_message where source_system = 'BORDER' and message_id = ?",
                Long.class, eventId)).isEqualTo(1);
        jms.setReceiveTimeout(500);
        assertThat(jms.receiveSelected("registry.events", "dwrEventId = '" + InboundEvent.eventIdOf(SourceSystem.BORDER, eventId) + "'"))
                .as("the repeat is a duplicate and queues nothing").isNull();
    }

    @Test
    void keepsACrossingWithAWrongCheckDigitAsADeadLetterAndGoesOn() {
        String bad = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();

        jms.convertAndSend("border.crossings", realTime(bad, "AMM", LINE2_BAD_CHECK_DIGIT));
        jms.convertAndSend("border.crossings", realTime(good, "AMM", LINE2));

        await().atMost(Duration.ofSeconds(10)).until(() -> !deadLetters.find(SourceSystem.BORDER, bad).isEmpty());
        DeadLetterStore.InboundDeadLetter kept = deadLetters.find(SourceSystem.BORDER, bad).get(0);
        assertThat(kept.code()).isEqualTo("invalid_check_digit");
        assertThat(kept.reason()).contains("MrzLine2");
        assertThat(kept.origin().kind()).isEqualTo(Origin.Kind.MESSAGE);
        assertThat(deadLetters.raw(kept.id())).hasValueSatisfying(raw -> assertThat(raw).contains(bad));
        await().atMost(Duration.ofSeconds(10)).until(() -> hubDb.queryForObject(
                "select count(*) from inbound_message where message_id = ?", Long.class, good) == 1);
    }

    @Test
    void keepsACrossingAtAnUnknownPointAsADeadLetter() {
        String eventId = UUID.randomUUID().toString();

        jms.convertAndSend("border.crossings", realTime(eventId, "XXX", LINE2));

        await().atMost(Duration.ofSeconds(10)).until(() -> !deadLetters.find(SourceSystem.BORDER, eventId).isEmpty());
        assertThat(deadLetters.find(SourceSystem.BORDER, eventId).get(0).code()).isEqualTo("unknown_crossing_point");
    }
}
