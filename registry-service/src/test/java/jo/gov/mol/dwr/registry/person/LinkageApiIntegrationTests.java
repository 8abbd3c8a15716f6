package jo.gov.mol.dwr.registry.person;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asRami;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.Someone;

/**
 * {@code /api/linkage}: auditors decide the records linkage could not, read why any record was linked as it was,
 * and split what should not have been joined; regulators and administrators may read but not decide.
 */
@RegistryApiTest
class LinkageApiIntegrationTests {
    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    Persons persons;

    @Autowired
    ReviewQueue reviews;

    @Autowired
    MockMvc mvc;

    /** Her renewed passport read at the border with a slip in her birth day: linkage asks a person. */
    @Test
    void anAuditorConfirmsAReviewAndTheWorkerAnswersAsTheSurvivor() throws Exception {
        Someone her = Someone.fresh();
        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport(), String.join(" ", her.givenNames()),
                her.birthDateMistyped())));
        long requested = personOf(request);
        long provisional = personOf(crossing);
        long item = itemOf(crossing);

        mvc.perform(asRegina(get("/api/linkage/reviews/{id}", item)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.personId").value(provisional))
                .andExpect(jsonPath("$.candidates[0].personId").value(requested))
                .andExpect(jsonPath("$.candidates[0].fields").isArray());
        mvc.perform(asAudrey(get("/api/linkage/reviews").param("size", "500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + item + ")].recordId").exists());

        mvc.perform(asAudrey(decide("/api/linkage/reviews/{id}/confirm", item, "{\"note\": \"same photograph\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.decidedBy").value("audrey"))
                .andExpect(jsonPath("$.chosenPersonId").value(requested));

        mvc.perform(asAudrey(get("/api/workers/{id}", provisional)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(requested))
                .andExpect(jsonPath("$.mergedInto").value(requested));
        mvc.perform(asAudrey(decide("/api/linkage/reviews/{id}/reject", item, "{\"note\": \"changed my mind\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review_not_open"));
    }

    @Test
    void anAuditorRejectsAReviewAndMustSayWhy() throws Exception {
        Someone her = Someone.fresh();
        apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport(), String.join(" ", her.givenNames()),
                her.birthDateMistyped())));
        long item = itemOf(crossing);

        mvc.perform(asAudrey(decide("/api/linkage/reviews/{id}/reject", item, "{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/note"))
                .andExpect(jsonPath("$.errors[0].code").value("missing"));
        mvc.perform(asAudrey(decide("/api/linkage/reviews/{id}/reject", item, "not json")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed_body"));
        mvc.perform(asAudrey(decide("/api/linkage/reviews/{id}/reject", item, "{\"note\": \"her cousin\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.note").value("her cousin"));
    }

    @Test
    void onlyAuditorsDecideWhoIsWho() throws Exception {
        Someone her = Someone.fresh();
        apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport(), String.join(" ", her.givenNames()),
                her.birthDateMistyped())));
        long item = itemOf(crossing);
        String because = "{\"note\": \"looks alike\"}";

        mvc.perform(decide("/api/linkage/reviews/{id}/confirm", item, because)).andExpect(status().isUnauthorized());
        mvc.perform(asRegina(decide("/api/linkage/reviews/{id}/confirm", item, because)))
                .andExpect(status().isForbidden());
        mvc.perform(asRami(decide("/api/linkage/reviews/{id}/confirm", item, because)))
                .andExpect(status().isForbidden());
        mvc.perform(asRami(decide("/api/linkage/records/{id}/split", recordOf(crossing), because)))
                .andExpect(status().isForbidden());
        mvc.perform(asAudrey(get("/api/linkage/reviews/{id}", item)))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void explainsALinkAndSplitsARecordOffAndBackOn() throws Exception {
        Someone her = Someone.fresh();
        InboundEvent request = apply(fromMol(her.requested(newRequestId(), newPassport())));
        InboundEvent crossing = apply(fromBorder(her.crossed(newPassport())));
        long person = personOf(request);
        PersonRecordView crossed = persons.recordsOf(person).get(1);

        mvc.perform(asRegina(get("/api/linkage/links/{id}", crossed.linkId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("LINK"))
                .andExpect(jsonPath("$.fields").isArray())
                .andExpect(jsonPath("$.totalWeight").isNumber());

        String split = mvc.perform(asAudrey(decide("/api/linkage/records/{id}/split", crossed.recordId(),
                        "{\"note\": \"a namesake\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("SPLIT"))
                .andReturn().getResponse().getContentAsString();
        long splitId = JsonPath.<Number>read(split, "$.id").longValue();
        mvc.perform(asAudrey(get("/api/linkage/records/{id}/links", crossed.recordId())))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].basis").value("SPLIT"));

        mvc.perform(asAudrey(decide("/api/linkage/splits/{id}/undo", splitId, "{\"note\": \"her after all\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("SPLIT_UNDONE"));
        mvc.perform(asAudrey(decide("/api/linkage/splits/{id}/undo", splitId, "{\"note\": \"again\"}")))
                .andExpect(status().isConflict());
        mvc.perform(asAudrey(get("/api/linkage/links/{id}", Long.MAX_VALUE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        assertThat(personOf(crossing)).isEqualTo(person);
    }

    private static MockHttpServletRequestBuilder decide(String path, long id, String body) {
        return post(path, id).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private InboundEvent apply(InboundEvent event) {
        Applied.published(jms, statistics, event);
        return event;
    }

    private long personOf(InboundEvent event) {
        return persons.personOfEvent(event.eventId()).orElseThrow();
    }

    private long recordOf(InboundEvent event) {
        return persons.recordsOf(personOf(event)).stream()
                .filter(record -> record.eventId().equals(event.eventId())).findFirst().orElseThrow().recordId();
    }

    private long itemOf(InboundEvent event) {
        return reviews.itemOfRecord(recordOf(event)).orElseThrow().id();
    }
}
