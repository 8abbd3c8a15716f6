package jo.gov.mol.dwr.sandbox.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The intake benchmark ({@code sandbox.benchmark.*}): off by default; {@code messages} per phase, sent by
 * {@code senders} concurrent threads.
 */
@ConfigurationProperties("sandbox.benchmark")
record BenchmarkProperties(@DefaultValue("false") boolean enabled,
                           @DefaultValue("2000") int messages,
                           @DefaultValue("4") int senders) {
}
