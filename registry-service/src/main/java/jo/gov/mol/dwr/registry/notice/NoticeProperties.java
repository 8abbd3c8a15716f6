package jo.gov.mol.dwr.registry.notice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param noticesQueue    the hub's durable queue of notices due (the hub's {@code hub.queues.notices})
 * @param noticesInterval how long the relay waits between two looks for notices not yet handed to the hub
 * @param noticesBatch    how many notices the relay reads at once (it reads again at once while it finds a full batch)
 * @param noticesRelayEnabled whether this process runs the relay; several processes may (the hub drops repeats),
 *                        and at least one must, or the notices stay due
 */
@ConfigurationProperties("registry")
record NoticeProperties(@DefaultValue("hub.notices") String noticesQueue,
                        @DefaultValue("1s") Duration noticesInterval,
                        @DefaultValue("100") int noticesBatch,
                        @DefaultValue("true") boolean noticesRelayEnabled) {
}
