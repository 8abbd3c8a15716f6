package jo.gov.mol.dwr.routes;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The hub as a unit an application imports: its routes, endpoints, message log and security. The hub runs alone
 * ({@link jo.gov.mol.dwr.routes.app.HubApplication}) in production and beside the registry in the sandbox.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = HubModule.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.REGEX,
                pattern = "jo\\.gov\\.mol\\.dwr\\.routes\\.app\\..*"))
@ConfigurationPropertiesScan(basePackageClasses = HubModule.class)
@EnableScheduling
@PropertySource("classpath:hub-defaults.properties")
public class HubModule {
}
