package jo.gov.mol.dwr.registry.people;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.passport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;

/**
 * The registry's API signs in its configured people only (application.properties: audrey with a {noop} password,
 * rami with a {bcrypt} one), never another account of the process: Boot's default user, standing for the hub's
 * accounts, is configured as "intruder".
 */
@RegistryApiTest
class RegistryApiIntegrationTests {
    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    MockMvc mvc;

    @Test
    void asksForCredentials() throws Exception {
        mvc.perform(get("/api/workers")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        mvc.perform(as("audrey", "wrong", get("/api/workers"))).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAnAccountOfTheProcessThatIsNotOneOfThePeople() throws Exception {
        mvc.perform(as("intruder", "intruder-secret", get("/api/workers"))).andExpect(status().isUnauthorized());
    }

    @Test
    void signsInPeopleWhosePasswordsAreKeptPlainOrHashed() throws Exception {
        mvc.perform(as("audrey", "audrey-secret", get("/api/workers"))).andExpect(status().isOk());
        mvc.perform(as("rami", "rami-secret", get("/api/workers"))).andExpect(status().isOk());
    }

    @Test
    void findsAWorkerByPassportNumberHoweverItIsSpelled() throws Exception {
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        InboundEvent request = new RegistryQueue(jms).publish(
                fromMol(recruitmentRequested(newRequestId(), passport("LKA", "N" + digits + "0"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.isApplied(request.eventId()));

        mvc.perform(as("audrey", "audrey-secret",
                        get("/api/workers").param("passportNo", "n-" + digits + "O").param("nationality", "LKA")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.content[0].passportNo").value("N" + digits + "0"))
                .andExpect(jsonPath("$.content[0].nationality").value("LKA"))
                .andExpect(jsonPath("$.content[0].name").value("MARIA CLARA SANTOS DELA CRUZ"))
                .andExpect(jsonPath("$.content[0].birthDate").value("1994-07-15"));
    }

    @Test
    void refusesAPageOverFiveHundred() throws Exception {
        mvc.perform(as("audrey", "audrey-secret", get("/api/workers").param("size", "501")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listsADecisionForAnUnknownRequestAsUnmatchedToAdministratorsOnly() throws Exception {
        RequestId unknown = newRequestId();
        InboundEvent decision = new RegistryQueue(jms).publish(fromMoi(approved(unknown, newApprovalNo(), now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.isApplied(decision.eventId()));

        mvc.perform(as("rami", "rami-secret", get("/api/admin/unmatched").param("size", "500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(500))
                .andExpect(jsonPath("$.content[?(@.reference == '" + unknown.value() + "')].kind").value("APPROVAL_DECISION"))
                .andExpect(jsonPath("$.content[?(@.reference == '" + unknown.value() + "')].waitsFor").value("RECRUITMENT_REQUEST"));
        mvc.perform(as("audrey", "audrey-secret", get("/api/admin/unmatched"))).andExpect(status().isForbidden());
        mvc.perform(as("rami", "rami-secret", get("/api/admin/unmatched").param("size", "501"))).andExpect(status().isBadRequest());
    }

    private static MockHttpServletRequestBuilder as(String username, String password,
                                                    MockHttpServletRequestBuilder request) {
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
    }
}
