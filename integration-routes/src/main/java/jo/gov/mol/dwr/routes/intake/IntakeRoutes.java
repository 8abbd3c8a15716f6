package jo.gov.mol.dwr.routes.intake;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The spine every channel ends in: a new message is logged and its canonical event put on the durable queue in
 * one step, whose log entry commits only once the event is on the queue; a repeat changes nothing. A message that
 * arrives by two channels at once (a crossing in real time and in its nightly file) passes the screen twice; the
 * log's unique key lets one through, and the other is screened again and answered as the repeat it is.
 */
@Component
public class IntakeRoutes extends RouteBuilder {
    public static final String ACCEPT = "direct:hub-accept";

    @Override
    public void configure() {
        // the screen's race, answered by hub-accept-message: no failure to log
        onException(DuplicateKeyException.class).logExhausted(false).logStackTrace(false);

        from(ACCEPT).routeId("hub-accept-message")
                .bean(MessageIntake.class, "screen").id("hub-screen-message")
                .choice()
                    .when(body().isInstanceOf(Submission.class))
                        .doTry()
                            .to("direct:hub-log-and-publish")
                        .doCatch(DuplicateKeyException.class)
                            .bean(MessageIntake.class, "screenAgain").id("hub-screen-message-again")
                        .end()
                .end();

        from("direct:hub-log-and-publish").routeId("hub-log-and-publish")
                .transacted(HubDatabaseConfiguration.TRANSACTION_POLICY)
                .bean(MessageIntake.class, "log").id("hub-log-message")
                .to("jms:queue:{{hub.queues.registry-events}}?deliveryPersistent=true&exchangePattern=InOnly")
                    .id("hub-publish-event")
                .bean(MessageIntake.class, "accepted");
    }
}
