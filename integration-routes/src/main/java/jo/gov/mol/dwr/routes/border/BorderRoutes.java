package jo.gov.mol.dwr.routes.border;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.routes.filedrop.FileDrops;
import jo.gov.mol.dwr.routes.intake.IntakeRoutes;

/**
 * The Public Security Directorate's border crossings (interfaces.md 3). Real time: each persistent message on
 * {@code border.crossings} is read, checked (schema, every MRZ check digit, the crossing point) and handed to
 * intake; it is acknowledged only after intake has queued its event for the registry and committed its log
 * entry, and redelivered otherwise. Not a JMS transaction on purpose: intake's own durable send must complete
 * before its log entry commits, not join a consumer transaction that commits after it (a crash in between
 * would then leave a logged message whose event was never queued). A crossing that cannot be read goes to
 * the dead-letter store. The same event id again (a redelivery, or the nightly file's copy) is a duplicate
 * and changes nothing.
 */
@Component
class BorderRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("jms:queue:{{hub.queues.border-crossings}}?acknowledgementModeName=CLIENT_ACKNOWLEDGE"
                + "&concurrentConsumers={{hub.border.consumers}}")
                .routeId("border-receive-crossings")
                .bean(BorderSubmissions.class, "read").id("border-read-crossing")
                .filter(exchangeProperty(BorderSubmissions.REFUSED).isNull())
                    .to(IntakeRoutes.ACCEPT).id("border-accept-crossing")
                .end();

        from(FileDrops.endpoint("{{hub.border.inbox}}", "CROSSINGS_[A-Z]{3}_[0-9]{8}\\.csv"))
                .routeId("border-load-nightly-files")
                .bean(NightlyFiles.class, "load").id("border-load-nightly-file");
    }
}
