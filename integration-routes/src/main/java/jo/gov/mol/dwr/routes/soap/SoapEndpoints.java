package jo.gov.mol.dwr.routes.soap;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.Bus;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.refusal.Refusals;

/**
 * Builds an inbound SOAP endpoint from its published WSDL. CXF hands the request over as a payload: the hub
 * validates it itself against the schema, so that the sender hears every problem at once, and {@link SoapGate}
 * looks at the raw bytes before CXF parses them.
 */
public final class SoapEndpoints {
    private SoapEndpoints() {
    }

    public static CxfEndpoint inbound(Bus bus, Refusals refusals, SourceSystem system, String address, String wsdl,
                                      String namespace, String service, List<String> operations) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setBus(bus);
        endpoint.setAddress(address);
        endpoint.setWsdlURL("classpath:" + wsdl);
        endpoint.setServiceNameAsQName(new QName(namespace, service + "Service"));
        endpoint.setPortNameAsQName(new QName(namespace, service + "Port"));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        endpoint.setInInterceptors(List.of(new SoapGate(system, namespace, java.util.Set.copyOf(operations), refusals)));
        return endpoint;
    }

    /** An endpoint the hub calls: a payload client of the published WSDL, with timeouts and optional credentials. */
    public static CxfEndpoint outbound(Bus bus, OutboundSoap target, String wsdl, String namespace, String service) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setBus(bus);
        endpoint.setAddress(target.url());
        endpoint.setWsdlURL("classpath:" + wsdl);
        endpoint.setServiceNameAsQName(new QName(namespace, service + "Service"));
        endpoint.setPortNameAsQName(new QName(namespace, service + "Port"));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        endpoint.setCxfConfigurer(target.configurer());
        return endpoint;
    }
}
