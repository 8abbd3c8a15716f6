package jo.gov.mol.dwr.routes.soap;

import java.time.Duration;

import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * A SOAP service the hub calls: its URL, the hub's account there (HTTP Basic, optional) and how long the hub
 * waits. Bound from properties such as {@code hub.moi.*} and {@code hub.mol-notices.*}.
 */
public record OutboundSoap(String url, String username, String password, Duration connectTimeout, Duration receiveTimeout) {

    public OutboundSoap {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        receiveTimeout = receiveTimeout == null ? Duration.ofSeconds(30) : receiveTimeout;
    }

    CxfConfigurer configurer() {
        return new CxfConfigurer() {
            @Override
            public void configure(AbstractWSDLBasedEndpointFactory factory) {
                // nothing: the factory's defaults serve
            }

            @Override
            public void configureClient(Client client) {
                HTTPConduit conduit = (HTTPConduit) client.getConduit();
                HTTPClientPolicy policy = new HTTPClientPolicy();
                policy.setConnectionTimeout(connectTimeout.toMillis());
                policy.setReceiveTimeout(receiveTimeout.toMillis());
                // plain HTTP/1.1: an h2c upgrade on a POST with a body is not understood by every server. Chunking
                // stays on: CXF 4.1.4's HttpClient conduit with chunking off sends an empty body (seen here).
                policy.setVersion("1.1");
                conduit.setClient(policy);
                if (username != null && !username.isBlank()) {
                    AuthorizationPolicy authorization = new AuthorizationPolicy();
                    authorization.setUserName(username);
                    authorization.setPassword(password);
                    conduit.setAuthorization(authorization);
                }
            }

            @Override
            public void configureServer(Server server) {
                // the hub only calls out here
            }
        };
    }
}
