package jo.gov.mol.dwr.registry.audit;

import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asRami;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jo.gov.mol.dwr.registry.RegistryApiTest;


/** {@code GET /api/admin/audit}: every read of a person's data, newest first, to administrators only. */
@RegistryApiTest
class AuditApiIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryReadOfAMessageNewestFirstWithWhoAndWhatTheyWereAnswered() throws Exception {
        String byAudrey = "/api/messages/MOL/" + UUID.randomUUID();
        String byRami = "/api/messages/MOI/" + UUID.randomUUID();
        mvc.perform(asAudrey(get(byAudrey))).andExpect(status().isNotFound());
        mvc.perform(asRami(get(byRami))).andExpect(status().isNotFound());

        mvc.perform(asRami(get("/api/admin/audit").param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].who").value("rami"))
                .andExpect(jsonPath("$.content[0].roles").value("ADMIN,REGULATOR"))
                .andExpect(jsonPath("$.content[0].action").value("READ_MESSAGE"))
                .andExpect(jsonPath("$.content[0].what").value(byRami))
                .andExpect(jsonPath("$.content[0].outcome").value(404))
                .andExpect(jsonPath("$.content[1].who").value("audrey"))
                .andExpect(jsonPath("$.content[1].roles").value("AUDITOR"))
                .andExpect(jsonPath("$.content[1].what").value(byAudrey));
    }

    @Test
    void auditsTheReadingOfTheAuditRecords() throws Exception {
        mvc.perform(asRami(get("/api/admin/audit").param("page", "0").param("size", "7"))).andExpect(status().isOk());

        mvc.perform(asRami(get("/api/admin/audit").param("size", "1")))
                .andExpect(jsonPath("$.content[0].action").value("READ_AUDIT"))
                .andExpect(jsonPath("$.content[0].what").value("/api/admin/audit?page=0&size=7"))
                .andExpect(jsonPath("$.content[0].outcome").value(200));
    }

    @Test
    void showsTheAuditRecordsToAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/admin/audit")).andExpect(status().isUnauthorized());
        mvc.perform(asAudrey(get("/api/admin/audit"))).andExpect(status().isForbidden());
        mvc.perform(asRegina(get("/api/admin/audit"))).andExpect(status().isForbidden());
    }

    @Test
    void pagesFiftyByDefaultAndNeverMoreThanFiveHundred() throws Exception {
        mvc.perform(asRami(get("/api/admin/audit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50));
        mvc.perform(asRami(get("/api/admin/audit").param("size", "500"))).andExpect(status().isOk());
        mvc.perform(asRami(get("/api/admin/audit").param("size", "501"))).andExpect(status().isBadRequest());
        mvc.perform(asRami(get("/api/admin/audit").param("page", "-1"))).andExpect(status().isBadRequest());
    }

    @Test
    void documentsTheQueryApiForThePeople() throws Exception {
        mvc.perform(asAudrey(get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/messages/{system}/{messageId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/admin/audit'].get").exists());
    }
}
