package jo.gov.mol.dwr.registry.clock;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock the registry reads for "now" (policy.md, "Time": rules read an injected clock): the system clock in UTC,
 * unless the process supplies its own {@link Clock} bean, as the sandbox does to replay months in minutes.
 * <p>
 * The condition sees only the beans defined before this configuration is read. An application that imports
 * {@code RegistryModule} reads its own configuration first (its component scan comes before its imports), so a
 * {@code Clock} bean it declares there wins.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock registryClock() {
        return Clock.systemUTC();
    }
}
