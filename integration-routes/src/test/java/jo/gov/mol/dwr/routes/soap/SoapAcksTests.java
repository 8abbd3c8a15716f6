package jo.gov.mol.dwr.routes.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import jo.gov.mol.dwr.routes.intake.Acceptance;

/** The Ack's ReceivedAt is an xs:dateTime with its seconds, whatever the instant. */
class SoapAcksTests {
    private static final String NS = "urn:jo:gov:mol:dws:1";

    @Test
    void writesTheSecondsOfAMessageReceivedOnTheMinute() {
        assertThat(receivedAt(Instant.parse("2026-11-25T19:00:00Z"))).isEqualTo("2026-11-25T22:00:00+03:00");
    }

    @Test
    void writesMillisecondsAtMost() {
        assertThat(receivedAt(Instant.parse("2026-11-25T19:00:01.123456789Z"))).isEqualTo("2026-11-25T22:00:01.123+03:00");
    }

    private static String receivedAt(Instant at) {
        Element ack = SoapAcks.payload(NS, new Acceptance("m-1", Acceptance.Status.ACCEPTED, at, 1)).getBody().get(0);
        return ack.getElementsByTagNameNS(NS, "ReceivedAt").item(0).getTextContent();
    }
}
