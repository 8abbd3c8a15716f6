package jo.gov.mol.dwr.routes.mol;

import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.routes.intake.Acceptance;
import jo.gov.mol.dwr.routes.intake.IntakeRoutes;
import jo.gov.mol.dwr.routes.soap.SoapAcks;
import jo.gov.mol.dwr.routes.soap.SoapChannelErrors;

/**
 * The Ministry of Labour's Domestic Workers System (interfaces.md 1a): one route per operation, each reading
 * the request, handing it to intake, and answering {@code Ack} only once it is durable.
 */
@Component
class MolRoutes extends RouteBuilder {
    private final SoapChannelErrors errors;

    MolRoutes(SoapChannelErrors errors) {
        this.errors = errors;
    }

    @Override
    public void configure() {
        // faults are the answer to the caller, not failures to retry here: the sender retries a Server fault
        errorHandler(noErrorHandler());

        from("cxf:bean:molEvents").routeId("mol-receive-events")
                .toD("direct:mol-${header.operationName}");

        for (String operation : MolEndpointConfiguration.OPERATIONS) {
            String name = kebab(operation);
            from("direct:mol-" + operation).routeId("mol-receive-" + name)
                    .doTry()
                        .bean(MolSubmissions.class, "read").id("mol-read-" + name)
                        .to(IntakeRoutes.ACCEPT).id("mol-accept-" + name)
                        .process(MolRoutes::ack).id("mol-ack-" + name)
                    .doCatch(Exception.class)
                        .process(this::fault).id("mol-fault-" + name)
                    .end();
        }
    }

    private static void ack(Exchange exchange) {
        Acceptance acceptance = exchange.getMessage().getBody(Acceptance.class);
        exchange.getMessage().setBody(SoapAcks.payload(MolEvents.NAMESPACE, acceptance));
    }

    private void fault(Exchange exchange) {
        errors.raise(exchange, SourceSystem.MOL, MolEvents.NAMESPACE);
    }

    private static String kebab(String operation) {
        return operation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
