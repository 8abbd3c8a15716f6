package jo.gov.mol.dwr.routes.intake;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The spine every channel ends in: a new message is logged and its canonical event put on the durable queue in
 * one step, whose log entry commits only once the event is on the queue; a repeat changes nothing.
 */
@Component
public class IntakeRoutes extends RouteBuilder {
    public static final String ACCEPT = "direct:hub-accept";

    @Override
    public void configure() {
        from(ACCEPT).routeId("hub-accept-message")
                .bean(MessageIntake.class, "screen").id("hub-screen-message")
                .choice()
                    .when(body().isInstanceOf(Submission.class))
                        .to("direct:hub-log-and-publish")
                .end();

        from("direct:hub-log-and-publish").routeId("hub-log-and-publish")
                .transacted(HubDatabaseConfiguration.TRANSACTION_POLICY)
                .bean(MessageIntake.class, "log").id("hub-log-message")
                .to("jms:queue:{{hub.queues.registry-events}}?deliveryPersistent=true&exchangePattern=InOnly")
                    .id("hub-publish-event")
                .bean(MessageIntake.class, "accepted");
    }
}
