package jo.gov.mol.dwr.routes.embassy;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.routes.delivery.Destination;

/**
 * The embassies that exchange files with the hub (LKA, interfaces.md 4b; KEN, UGA, ETH, BGD, NPL, GHA, IDN, 4c):
 * the hub's arrival and departure notices out, as files in each embassy's folder, through the outbox.
 */
@Component
class EmbassyFileRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from(Destination.EMBASSY_NOTICE_FILES.route()).routeId("embassy-deliver-notice-files")
                .bean(EmbassyNoticeFiles.class, "write").id("embassy-write-notice-file");
    }
}
