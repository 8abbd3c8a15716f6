package jo.gov.mol.dwr.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import jo.gov.mol.dwr.registry.RegistryModule;
import jo.gov.mol.dwr.routes.HubModule;

/**
 * The sandbox: the hub, the registry and the simulated outside systems in one process, on one port
 * ({@code server.port}, 8080 by default), with an embedded broker and embedded databases under
 * {@code sandbox.data-dir}. In production the hub and the registry run apart (decisions.md, Deployables).
 */
// people sign in through the hub's and the registry's own user lists, never through Boot's generated user
@SpringBootApplication(exclude = {UserDetailsServiceAutoConfiguration.class})
@ConfigurationPropertiesScan
@Import({HubModule.class, RegistryModule.class})
public class SandboxApplication {
    public static void main(String[] args) {
        SpringApplication.run(SandboxApplication.class, args);
    }
}
