package jo.gov.mol.dwr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.sandbox.mol.MolClient;
import jo.gov.mol.dwr.sandbox.mol.MolClient.Answer;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Planned;

/**
 * "Accepted means durable": every message the hub acknowledged before the process stopped is in the registry
 * after a restart on the same data directory, once. The registry stops consuming half-way, so that the second
 * half is acknowledged but still only on the broker's journal when the process closes.
 */
class RestartIntegrationTests {
    private static final String EVENTS = "registry.events";

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAcknowledgedMessageAcrossARestartAndAppliesEachOnce() {
        List<Planned> messages = MolStream.generate(11, 16, 1, 0, 0).all();
        List<Planned> firstHalf = messages.subList(0, messages.size() / 2);
        List<Planned> secondHalf = messages.subList(messages.size() / 2, messages.size());
        List<String> acknowledged = new ArrayList<>();
        long heldAtStop;

        try (ConfigurableApplicationContext first = start(true)) {
            RegistryStatistics registry = first.getBean(RegistryStatistics.class);
            MolClient mol = client(first);
            acknowledged.addAll(send(mol, firstHalf));
            await().atMost(Duration.ofSeconds(60)).until(() -> registry.counts().sourceMessages() == firstHalf.size());

            stopRegistryIntake(first);
            acknowledged.addAll(send(mol, secondHalf));
            heldAtStop = registry.counts().sourceMessages();
        }

        assertThat(acknowledged).hasSize(messages.size());
        assertThat(heldAtStop).as("the registry must not have seen the second half before the stop").isEqualTo(firstHalf.size());

        try (ConfigurableApplicationContext second = start(false)) {
            RegistryStatistics registry = second.getBean(RegistryStatistics.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> registry.counts().sourceMessages() == messages.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> queued(second) == 0);

            assertThat(acknowledged).allSatisfy(messageId ->
                    assertThat(registry.isApplied(InboundEvent.eventIdOf(SourceSystem.MOL, messageId))).as(messageId).isTrue());
            assertThat(registry.counts().sourceMessages()).as("each message applied once").isEqualTo(messages.size());
            assertThat(registry.counts().workers()).isEqualTo(16);
            JdbcTemplate hub = second.getBean("hubJdbc", JdbcTemplate.class);
            assertThat(hub.queryForObject("select count(*) from inbound_message", Long.class)).isEqualTo(messages.size());
            // the hub remembers what it accepted before the restart
            assertThat(client(second).send(messages.get(0)).answer()).isEqualTo(Answer.DUPLICATE);
        }
    }

    /**
     * Started as a person would, with command-line arguments, which win over application.properties. The outbox
     * stays still: MoI's decisions on the requests would be further source messages in the registry.
     */
    private ConfigurableApplicationContext start(boolean fresh) {
        return new SpringApplicationBuilder(SandboxApplication.class).run(
                "--server.port=0",
                "--sandbox.data-dir=" + dataDir,
                "--sandbox.fresh=" + fresh,
                "--sandbox.simulate=false",
                "--hub.delivery.enabled=false",
                "--spring.main.banner-mode=off");
    }

    private static MolClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return new MolClient(URI.create("http://localhost:" + port + "/services/mol/events"), "mol", "mol-sandbox");
    }

    /** Sends each message and gives the ids the hub accepted. */
    private static List<String> send(MolClient mol, List<Planned> messages) {
        List<String> accepted = new ArrayList<>();
        for (Planned planned : messages) {
            MolClient.Result result = mol.send(planned);
            assertThat(result.answer()).as(planned.type() + " " + result.detail()).isEqualTo(Answer.ACCEPTED);
            accepted.add(planned.messageId());
        }
        return accepted;
    }

    /** The registry's consumers on the events queue stop; a message received while stopping is rolled back. */
    private static void stopRegistryIntake(ConfigurableApplicationContext context) {
        List<DefaultMessageListenerContainer> consumers = context.getBeansOfType(DefaultMessageListenerContainer.class).values().stream()
                .filter(container -> EVENTS.equals(container.getDestinationName()))
                .toList();
        assertThat(consumers).isNotEmpty();
        consumers.forEach(DefaultMessageListenerContainer::stop);
    }

    private static int queued(ConfigurableApplicationContext context) {
        JmsTemplate jms = context.getBean(JmsTemplate.class);
        return jms.browse(EVENTS, (session, browser) -> Collections.list(browser.getEnumeration()).size());
    }
}
