package jo.gov.mol.dwr.sandbox.moi;

import java.util.HashMap;
import java.util.Map;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.message.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.xml.ws.Endpoint;

import jo.gov.mol.dwr.sandbox.SandboxProperties;

/**
 * Publishes the simulated MoI on the application's CXF bus, at {@value #PATH} under {@code cxf.path}
 * ({@code http://localhost:8080/services/simulators/moi/approvals}, where {@code hub.moi.url} points). The hub's
 * security covers only its own channels, so this path is open, as a ministry's own service would be to the hub.
 */
@Configuration(proxyBeanMethods = false)
class MoiConfiguration {
    static final String PATH = "/simulators/moi/approvals";

    @Bean
    MoiOutage moiOutage(SandboxProperties properties) {
        // an outage lasts wall-clock seconds, while a nation's replay runs the hub's 7-day retry window in a fraction of
        // one: the hub would give up on requests that real MoI would answer hours later
        if (properties.mode() == SandboxProperties.Mode.NATION) {
            return new MoiOutage(0, properties.moi().downFor());
        }
        return new MoiOutage(properties.moi().downAfter(), properties.moi().downFor());
    }

    @Bean
    Endpoint moiApprovalsSimulator(Bus bus, MoiSimulator moi) {
        EndpointImpl endpoint = new EndpointImpl(bus, new MoiApprovalEndpoint(moi));
        // MoI checks what the hub sends against the contract: a request that breaks it is a Client fault
        endpoint.setProperties(new HashMap<>(Map.of(Message.SCHEMA_VALIDATION_ENABLED, "IN")));
        endpoint.publish(PATH);
        return endpoint;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> moiOutageFilter(MoiOutage outage, @Value("${cxf.path:/services}") String cxfPath) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(outage.filter());
        registration.addUrlPatterns(cxfPath + PATH);
        registration.setName("sandboxMoiOutage");
        return registration;
    }
}
