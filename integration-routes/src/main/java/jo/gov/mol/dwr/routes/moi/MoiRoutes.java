package jo.gov.mol.dwr.routes.moi;

import java.util.List;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.moi.MoiDecisions;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.soap.SoapChannelErrors;
import jo.gov.mol.dwr.routes.soap.SoapDeliveries;
import jo.gov.mol.dwr.routes.soap.SoapChannelRoutes;

/**
 * The Ministry of Interior (interfaces.md 2): its approval decisions in, with the same semantics as MoL's channel,
 * and the hub's ApprovalRequest out, through the outbox.
 */
@Component
class MoiRoutes extends SoapChannelRoutes {

    MoiRoutes(SoapChannelErrors errors) {
        super(errors, SourceSystem.MOI, MoiDecisions.NAMESPACE);
    }

    @Override
    protected String prefix() {
        return "moi";
    }

    @Override
    protected String endpointBean() {
        return "moiDecisions";
    }

    @Override
    protected List<String> operations() {
        return MoiEndpointConfiguration.OPERATIONS;
    }

    @Override
    protected Class<?> reader() {
        return MoiDecisionSubmissions.class;
    }

    @Override
    public void configure() {
        super.configure();

        from(Destination.MOI_APPROVALS.route()).routeId("moi-send-approval-request")
                .process(SoapDeliveries::request)
                .to("cxf:bean:moiApprovals").id("moi-call-approval-request")
                .process(MoiRoutes::caseRef);
    }

    /** MoI's receipt names the case under which it will decide. */
    private static void caseRef(Exchange exchange) {
        exchange.getMessage().setBody(SoapDeliveries.childText(SoapDeliveries.response(exchange), "CaseRef"));
    }
}
