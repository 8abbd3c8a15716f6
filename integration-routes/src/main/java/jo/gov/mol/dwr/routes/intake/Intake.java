package jo.gov.mol.dwr.routes.intake;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.util.ObjectHelper;
import org.springframework.stereotype.Component;

/**
 * Intake for a caller outside a route (a file drop, a REST controller): the same {@link IntakeRoutes#ACCEPT} that
 * the routes call, answered as the caller needs it.
 */
@Component
public class Intake {
    private final ProducerTemplate producer;

    Intake(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * @return the acceptance, given only once the message is durable
     * @throws MessageIdConflictException when the id was accepted before with different content
     * @throws CamelExecutionException    when the hub could not make the message durable: nothing was kept
     */
    public Acceptance accept(Submission submission) {
        try {
            return producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);
        } catch (CamelExecutionException failed) {
            // the route wraps what it throws; a conflict is the sender's to hear, not a failure of the hub
            MessageIdConflictException conflict = ObjectHelper.getException(MessageIdConflictException.class, failed);
            if (conflict != null) {
                throw conflict;
            }
            throw failed;
        }
    }
}
