package jo.gov.mol.dwr.routes.soap;

import java.util.List;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.intake.Acceptance;
import jo.gov.mol.dwr.routes.intake.IntakeRoutes;

/**
 * The routes of one inbound SOAP channel: one route per operation, each reading the request into a submission,
 * handing it to intake, and answering {@code Ack} only once it is durable, or the fault its sender must hear.
 * A system's {@code RouteBuilder} names its endpoint, operations and reader; the steps are the same for all.
 */
public abstract class SoapChannelRoutes extends RouteBuilder {
    private final SoapChannelErrors errors;
    private final SourceSystem system;
    private final String namespace;

    protected SoapChannelRoutes(SoapChannelErrors errors, SourceSystem system, String namespace) {
        this.errors = errors;
        this.system = system;
        this.namespace = namespace;
    }

    /** The route id prefix, e.g. {@code mol}. */
    protected abstract String prefix();

    /** The CXF endpoint bean. */
    protected abstract String endpointBean();

    protected abstract List<String> operations();

    /** The bean class with a {@code read(Exchange)} method that gives a {@code Submission}. */
    protected abstract Class<?> reader();

    @Override
    public void configure() {
        // faults are the answer to the caller, not failures to retry here: the sender retries a Server fault
        errorHandler(noErrorHandler());

        String prefix = prefix();
        from("cxf:bean:" + endpointBean()).routeId(prefix + "-receive-messages")
                .toD("direct:" + prefix + "-${header.operationName}");

        for (String operation : operations()) {
            String name = kebab(operation);
            from("direct:" + prefix + "-" + operation).routeId(prefix + "-receive-" + name)
                    .doTry()
                        .bean(reader(), "read").id(prefix + "-read-" + name)
                        .to(IntakeRoutes.ACCEPT).id(prefix + "-accept-" + name)
                        .process(this::ack).id(prefix + "-ack-" + name)
                    .doCatch(Exception.class)
                        .process(this::fault).id(prefix + "-fault-" + name)
                    .end();
        }
    }

    private void ack(Exchange exchange) {
        Acceptance acceptance = exchange.getMessage().getBody(Acceptance.class);
        exchange.getMessage().setBody(SoapAcks.payload(namespace, acceptance));
    }

    private void fault(Exchange exchange) {
        errors.raise(exchange, system, namespace);
    }

    private static String kebab(String operation) {
        return operation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
