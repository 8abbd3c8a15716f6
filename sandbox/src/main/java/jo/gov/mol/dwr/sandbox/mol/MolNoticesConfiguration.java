package jo.gov.mol.dwr.sandbox.mol;

import java.util.HashMap;
import java.util.Map;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.message.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.xml.ws.Endpoint;

/**
 * Publishes MoL's simulated notices service on the application's CXF bus, at {@value #PATH} under {@code cxf.path}
 * ({@code http://localhost:8080/services/simulators/mol/notices}, where {@code hub.mol-notices.url} points).
 */
@Configuration(proxyBeanMethods = false)
class MolNoticesConfiguration {
    static final String PATH = "/simulators/mol/notices";

    @Bean
    Endpoint molNoticesSimulator(Bus bus, MolNoticeReceiver receiver) {
        EndpointImpl endpoint = new EndpointImpl(bus, receiver);
        // MoL checks what the hub sends against the contract: a notice that breaks it is a Client fault
        endpoint.setProperties(new HashMap<>(Map.of(Message.SCHEMA_VALIDATION_ENABLED, "IN")));
        endpoint.publish(PATH);
        return endpoint;
    }
}
