package jo.gov.mol.dwr.routes.moi;

import java.util.List;

import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.moi.MoiDecisions;
import jo.gov.mol.dwr.routes.refusal.Refusals;
import jo.gov.mol.dwr.routes.soap.SoapEndpoints;

/** The MoI decisions endpoint, {@code /services/moi/decisions}, from the published WSDL. */
@Configuration(proxyBeanMethods = false)
class MoiEndpointConfiguration {
    static final List<String> OPERATIONS = List.of("ApprovalDecision");

    @Bean
    CxfEndpoint moiDecisions(Bus bus, Refusals refusals) {
        return SoapEndpoints.inbound(bus, refusals, SourceSystem.MOI, "/moi/decisions", MoiDecisions.WSDL,
                MoiDecisions.NAMESPACE, "MoiDecisions", OPERATIONS);
    }

    @Bean
    CxfEndpoint moiApprovals(Bus bus, MoiTargets targets) {
        return SoapEndpoints.outbound(bus, targets.moi(), "moi/approvals.wsdl", MoiDecisions.NAMESPACE, "MoiApprovals");
    }
}
