package jo.gov.mol.dwr.routes.mol;

import java.util.List;

import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.mappings.mol.MolNotices;
import jo.gov.mol.dwr.routes.refusal.Refusals;
import jo.gov.mol.dwr.routes.soap.SoapEndpoints;

/** The MoL events endpoint, {@code /services/mol/events}, and MoL's notices service the hub calls. */
@Configuration(proxyBeanMethods = false)
class MolEndpointConfiguration {
    static final List<String> OPERATIONS = List.of(
            "RecruitmentRequest", "WorkPermit", "Complaint", "AbscondingReport", "EmployerTransfer", "OfficeLicence");

    @Bean
    CxfEndpoint molEvents(Bus bus, Refusals refusals) {
        return SoapEndpoints.inbound(bus, refusals, SourceSystem.MOL, "/mol/events", MolEvents.WSDL,
                MolEvents.NAMESPACE, "MolEvents", OPERATIONS);
    }

    @Bean
    CxfEndpoint molNotices(Bus bus, MolTargets targets) {
        return SoapEndpoints.outbound(bus, targets.molNotices(), MolNotices.WSDL, MolNotices.NAMESPACE, "MolNotices");
    }
}
