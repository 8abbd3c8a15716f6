package jo.gov.mol.dwr.registry.linkage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The linkage engine as beans, thresholds from {@link LinkageProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkageProperties.class)
class LinkageConfiguration {

    @Bean
    PersonStandardiser personStandardiser() {
        return new PersonStandardiser(new NameStandardiser());
    }

    @Bean
    PersonLinkage personLinkage(LinkageProperties properties) {
        return PersonLinkage.withDefaultWeights(properties.thresholds());
    }
}
