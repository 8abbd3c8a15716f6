package jo.gov.mol.dwr.routes.mol;

import java.util.List;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.routes.refusal.Refusals;
import jo.gov.mol.dwr.routes.soap.SoapGate;

/**
 * The MoL events endpoint, {@code /services/mol/events}, from the published WSDL. CXF hands the request over as a
 * payload: the hub validates it itself against the schema, so that the sender hears every problem at once.
 */
@Configuration(proxyBeanMethods = false)
class MolEndpointConfiguration {
    static final List<String> OPERATIONS = List.of(
            "RecruitmentRequest", "WorkPermit", "Complaint", "AbscondingReport", "EmployerTransfer", "OfficeLicence");

    @Bean
    CxfEndpoint molEvents(Bus bus, Refusals refusals) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setBus(bus);
        endpoint.setAddress("/mol/events");
        endpoint.setWsdlURL("classpath:" + MolEvents.WSDL);
        endpoint.setServiceNameAsQName(new QName(MolEvents.NAMESPACE, "MolEventsService"));
        endpoint.setPortNameAsQName(new QName(MolEvents.NAMESPACE, "MolEventsPort"));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        endpoint.setInInterceptors(List.of(new SoapGate(SourceSystem.MOL, MolEvents.NAMESPACE, Set.copyOf(OPERATIONS), refusals)));
        return endpoint;
    }
}
