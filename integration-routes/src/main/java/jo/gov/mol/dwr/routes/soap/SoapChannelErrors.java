package jo.gov.mol.dwr.routes.soap;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.routes.refusal.Refusals;

/**
 * Turns what went wrong with a SOAP request into the fault its sender must hear: an invalid message is refused
 * ({@code Client}, and its refusal recorded); anything else means the hub could not make it durable
 * ({@code Server}: the sender retries, and nothing was acknowledged).
 */
@Component
public class SoapChannelErrors {
    private static final Logger LOG = LoggerFactory.getLogger(SoapChannelErrors.class);

    private final Refusals refusals;

    SoapChannelErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    public void raise(Exchange exchange, SourceSystem system, String namespace) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        SoapRequest request = SoapRequest.of(exchange);
        InvalidMessageException invalid = invalidCause(caught);
        if (invalid != null) {
            refusals.record(system, request.account(), request.messageId(), 500, invalid.errors());
            throw SoapFaults.client(namespace, invalid.errors());
        }
        LOG.error("not persisted system={} messageId={}: {}", system, request.messageId(), String.valueOf(caught), caught);
        throw SoapFaults.server();
    }

    private static InvalidMessageException invalidCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidMessageException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
