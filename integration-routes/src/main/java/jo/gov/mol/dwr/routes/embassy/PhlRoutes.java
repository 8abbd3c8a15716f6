package jo.gov.mol.dwr.routes.embassy;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.routes.delivery.Destination;

/** The Philippine embassy (interfaces.md 4a): the hub's arrival and departure notices out, through the outbox. */
@Component
class PhlRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from(Destination.PHL_NOTICES.route()).routeId("phl-send-notice")
                .bean(PhlNotices.class, "send").id("phl-call-notice");
    }
}
