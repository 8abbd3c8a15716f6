package jo.gov.mol.dwr.sandbox;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * The sandbox's own {@link Clock}: read before the registry's module, so that the registry's system clock steps aside
 * ({@code @ConditionalOnMissingBean}) and the hub's components, which take any clock there is, read it too. A nation's
 * replay starts it the day before the nation's span, so that everything set up at start (the embassies' tokens) comes
 * before the first fact.
 */
@Configuration(proxyBeanMethods = false)
class SandboxClockConfiguration {

    @Bean
    SandboxClock sandboxClock(SandboxProperties properties) {
        if (properties.simulate() && properties.mode() == SandboxProperties.Mode.NATION) {
            return SandboxClock.startingAt(properties.nation().start().minusDays(1).atStartOfDay(CanonicalEvent.AMMAN).toInstant());
        }
        return SandboxClock.system();
    }
}
