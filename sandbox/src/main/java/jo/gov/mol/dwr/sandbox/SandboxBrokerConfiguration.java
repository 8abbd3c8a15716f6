package jo.gov.mol.dwr.sandbox;

import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded broker, tuned where Boot's properties do not reach. */
@Configuration(proxyBeanMethods = false)
class SandboxBrokerConfiguration {

    /**
     * Every durable send and transacted receive waits for one journal flush. Artemis flushes the NIO journal every
     * 3.33 ms by default, which caps one waiting thread near 300 messages/s although the disk here syncs in about
     * 100 µs (stack.md, pitfall 14); so flush on the disk's own time. Not measured in the sandbox yet.
     */
    @Bean
    ArtemisConfigurationCustomizer sandboxJournalFlushesOnTheDisksTime() {
        return configuration -> configuration.setJournalBufferTimeout_NIO(100_000);
    }
}
