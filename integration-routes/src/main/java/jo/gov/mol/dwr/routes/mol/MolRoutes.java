package jo.gov.mol.dwr.routes.mol;

import java.util.List;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.soap.SoapChannelErrors;
import jo.gov.mol.dwr.routes.soap.SoapDeliveries;
import jo.gov.mol.dwr.routes.soap.SoapChannelRoutes;

/**
 * The Ministry of Labour's Domestic Workers System: its six event operations into intake (interfaces.md 1a), and
 * the notices the hub sends it out of the outbox (1b).
 */
@Component
class MolRoutes extends SoapChannelRoutes {

    MolRoutes(SoapChannelErrors errors) {
        super(errors, SourceSystem.MOL, MolEvents.NAMESPACE);
    }

    @Override
    protected String prefix() {
        return "mol";
    }

    @Override
    protected String endpointBean() {
        return "molEvents";
    }

    @Override
    protected List<String> operations() {
        return MolEndpointConfiguration.OPERATIONS;
    }

    @Override
    protected Class<?> reader() {
        return MolSubmissions.class;
    }

    @Override
    public void configure() {
        super.configure();

        from(Destination.MOL_NOTICES.route()).routeId("mol-send-notice")
                .process(SoapDeliveries::request)
                .to("cxf:bean:molNotices").id("mol-call-notice")
                .process(MolRoutes::ackStatus);
    }

    /** MoL acknowledges a notice ACCEPTED, or DUPLICATE when it had it already: delivered either way. */
    private static void ackStatus(Exchange exchange) {
        exchange.getMessage().setBody(SoapDeliveries.childText(SoapDeliveries.response(exchange), "Status"));
    }
}
