package jo.gov.mol.dwr.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The registry as a module another application can {@code @Import}: its beans, entities and repositories, its
 * own database (see {@code RegistryDatabase}) and the intake from the {@code registry.events} queue.
 * <p>
 * The scan leaves out application classes ({@code RegistryApplication}), so importing the module never starts a
 * second application inside the importing one, and honours {@link TypeExcludeFilter} as Boot's own scan does.
 * Defaults that the importing application may override live in {@code registry-defaults.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = RegistryModule.class, excludeFilters = {
        @Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
@EntityScan(basePackageClasses = RegistryModule.class)
@EnableJpaRepositories(basePackageClasses = RegistryModule.class)
@EnableScheduling
@PropertySource("classpath:jo/gov/mol/dwr/registry/registry-defaults.properties")
public class RegistryModule {
}
