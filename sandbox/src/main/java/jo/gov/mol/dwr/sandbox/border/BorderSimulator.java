package jo.gov.mol.dwr.sandbox.border;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.routes.broker.BrokerAccess;
import jo.gov.mol.dwr.sandbox.InboxState;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.StreamsRun;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * Plays the border posts (interfaces.md 3) once MoI has decided: plans the crossings of the approved workers and of
 * other travellers ({@link CrossingPlan}), publishes each to the hub's broker as it happens, but for the share lost
 * on purpose ({@code sandbox.border.lost-share}), and then drops every crossing point's nightly file with all of its
 * day's crossings, so that the files bring the lost ones. The sandbox's {@code SandboxSimulation} runs it.
 */
@Component
@StreamsRun
public class BorderSimulator {
    private static final Logger LOG = LoggerFactory.getLogger(BorderSimulator.class);

    private final SandboxProperties properties;
    private final RealTimeLink link;
    private final String linkName;
    private final NightlyFiles files;

    BorderSimulator(SandboxProperties properties, BrokerAccess broker,
                    @Value("${hub.queues.border-crossings}") String queue, @Value("${hub.border.inbox}") Path inbox) {
        this.properties = properties;
        SandboxProperties.Border border = properties.border();
        if (!broker.tcpEnabled()) {
            throw new IllegalStateException("hub.broker.tcp-enabled is false: the border simulator reaches the broker over TCP");
        }
        String url = "tcp://localhost:" + broker.tcpPort();
        this.link = new RealTimeLink(url, queue, border.account(), border.password());
        this.linkName = queue + " at " + url + " as '" + border.account() + "'";
        this.files = new NightlyFiles(inbox);
    }

    /**
     * @param recruits  the workers MoL recruited (the hub accepted their requests)
     * @param approvals the MoI approval number in force by RequestId
     */
    public BorderRun run(List<Recruit> recruits, Map<String, String> approvals) {
        long started = System.nanoTime();
        List<Crossing> crossings = CrossingPlan.of(properties.seed(), properties.border(), recruits, approvals, Instant.now());
        List<Crossing> sent = crossings.stream().filter(crossing -> !crossing.lost()).toList();
        LOG.info("Border simulator: {} crossings, {} of them lost on purpose; sending {} to {}", crossings.size(),
                crossings.size() - sent.size(), sent.size(), linkName);
        link.send(sent);
        List<String> written = files.write(crossings);
        LOG.info("Border simulator: sent {} crossings in real time and wrote {} nightly files with all {}", sent.size(),
                written.size(), crossings.size());
        int approved = (int) recruits.stream().filter(recruit -> approvals.containsKey(recruit.requestId())).count();
        return new BorderRun(crossings, approved, written, linkName, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Where the hub has put this run's nightly files. */
    public InboxState inbox(BorderRun run) {
        return files.whereabouts(run.files());
    }
}
