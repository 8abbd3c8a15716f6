package jo.gov.mol.dwr.registry.source;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asIntruder;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MockMvc;

import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;

/** {@code GET /api/messages/{system}/{messageId}}: a source message as received, with its hash, to the people. */
@RegistryApiTest
class SourceMessageApiIntegrationTests {
    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    MockMvc mvc;

    @Test
    void servesAMessageAsReceivedWithItsHashAsTheHubLoggedIt() throws Exception {
        InboundEvent request = applied(fromMol(recruitmentRequested(newRequestId(), newPassport())));

        mvc.perform(asAudrey(get("/api/messages/MOL/{messageId}", request.source().messageId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.system").value("MOL"))
                .andExpect(jsonPath("$.messageId").value(request.source().messageId()))
                .andExpect(jsonPath("$.reference").value(request.source().reference()))
                .andExpect(jsonPath("$.sha256").value(request.source().sha256()))
                .andExpect(jsonPath("$.raw").value(new String(request.source().raw(), StandardCharsets.UTF_8)));
    }

    @Test
    void comparesTheSystemAndTheMessageIdAsTheIntakeDoes() throws Exception {
        InboundEvent request = applied(fromMol(recruitmentRequested(newRequestId(), newPassport())));

        mvc.perform(asRegina(get("/api/messages/mol/{messageId}",
                        request.source().messageId().toUpperCase(Locale.ROOT))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sha256").value(request.source().sha256()));
    }

    @Test
    void answersNotFoundWithAProblemForAMessageNeverApplied() throws Exception {
        mvc.perform(asAudrey(get("/api/messages/MOI/{messageId}", UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.code").value("unknown_message"));
        mvc.perform(asAudrey(get("/api/messages/NOWHERE/{messageId}", UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown_system"));
    }

    @Test
    void servesNoMessageToAnyoneWhoIsNotOneOfThePeople() throws Exception {
        InboundEvent request = applied(fromMol(recruitmentRequested(newRequestId(), newPassport())));
        String path = "/api/messages/MOL/" + request.source().messageId();

        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(asIntruder(get(path))).andExpect(status().isUnauthorized());
    }

    private InboundEvent applied(InboundEvent event) {
        new RegistryQueue(jms).publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.isApplied(event.eventId()));
        return event;
    }
}
