package jo.gov.mol.dwr.routes.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import jo.gov.mol.dwr.routes.HubModule;

/** The hub on its own: the production deployable of integration-routes. */
// the hub keeps its own database under hub.datasource (HubDatabaseConfiguration), not spring.datasource
@SpringBootApplication(exclude = {UserDetailsServiceAutoConfiguration.class, DataSourceAutoConfiguration.class})
@Import(HubModule.class)
public class HubApplication {
    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}
