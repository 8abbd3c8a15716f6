package jo.gov.mol.dwr.routes.delivery;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Notices due from the registry into the outbox. The JMS message is acknowledged only after its outbox entry is
 * committed; a redelivery after a crash finds the entry there and changes nothing.
 */
@Component
class NoticeRoutes extends RouteBuilder {
    @Override
    public void configure() {
        from("jms:queue:{{hub.queues.notices}}?transacted=true").routeId("hub-receive-notices")
                .bean(NoticeOutbox.class, "enqueue").id("hub-enqueue-notice");
    }
}
