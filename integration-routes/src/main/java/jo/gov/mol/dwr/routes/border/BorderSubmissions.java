package jo.gov.mol.dwr.routes.border;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.border.BorderCrossings;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.xml.SafeXml;
import jo.gov.mol.dwr.routes.intake.Submission;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;
import jo.gov.mol.dwr.routes.refusal.Origin;

/**
 * Reads a real-time crossing (interfaces.md 3a) into a submission. A crossing that cannot be read is kept in the
 * dead-letter store with its code and reason, and the route goes on: no one is waiting for an answer, and the
 * queue must not block on it.
 */
@Component
class BorderSubmissions {
    static final String REFUSED = "dwrRefused";
    private static final Pattern EVENT_ID = Pattern.compile("<(?:\\w+:)?EventId>\\s*([^<\\s]{1,100})\\s*<");

    private final DeadLetterStore deadLetters;

    BorderSubmissions(DeadLetterStore deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The submission, or null (and the exchange marked refused) when the crossing was kept as a dead letter. */
    Submission read(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        byte[] raw = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        String account = exchange.getMessage().getHeader("_AMQ_VALIDATED_USER", "border", String.class);
        try {
            BorderCrossed crossing = BorderCrossings.read(SafeXml.parse(raw).getDocumentElement());
            return new Submission(SourceSystem.BORDER, account, crossing.reference(), null, crossing, raw);
        } catch (InvalidMessageException refused) {
            deadLetters.keep(SourceSystem.BORDER, account, eventIdOf(text), Origin.message(), refused.errors(), raw);
            exchange.setProperty(REFUSED, true);
            return null;
        }
    }

    private static String eventIdOf(String text) {
        Matcher m = EVENT_ID.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }
}
