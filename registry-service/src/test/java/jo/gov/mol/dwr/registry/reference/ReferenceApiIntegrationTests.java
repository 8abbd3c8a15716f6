package jo.gov.mol.dwr.registry.reference;

import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asRami;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jo.gov.mol.dwr.registry.RegistryApiTest;


/**
 * {@code /api/admin/reference}: administrators read the rule sets and write new versions from a date; every call is
 * audited. Versions written here are effective centuries ahead (see {@link ReferenceDataIntegrationTests}).
 */
@RegistryApiTest
class ReferenceApiIntegrationTests {
    private static final String RULE_SETS = "/api/admin/reference/rule-sets";
    private static final String BILATERAL_RULES = "/api/admin/reference/bilateral-rules";

    @Autowired
    ObjectMapper json;

    @Autowired
    MockMvc mvc;

    @Test
    void servesTheSeedAsVersionOneInForceFrom2020() throws Exception {
        mvc.perform(asRami(get(RULE_SETS + "/1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.effectiveFrom").value("2020-01-01"))
                .andExpect(jsonPath("$.createdBy").value("registry"))
                .andExpect(jsonPath("$.bilateral.PHL.minimumAge").value(23))
                .andExpect(jsonPath("$.bilateral.NPL.deployment").value("SUSPENDED"))
                .andExpect(jsonPath("$.usdPerJod").value(1.41))
                .andExpect(jsonPath("$.flags.frequentTransfers.atLeast").value(3))
                .andExpect(jsonPath("$.classification.metrics.length()").value(8));
        mvc.perform(asRami(get(RULE_SETS + "/in-force").param("on", "2020-01-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(asRami(get(RULE_SETS + "/in-force")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void publishesANewVersionInForceFromItsDate() throws Exception {
        LocalDate from = FarFuture.date();
        ObjectNode body = seed(from, "shelter admissions count as welfare cases for 120 days");
        ((ObjectNode) body.get("flags")).put("welfareCaseOpenDays", 120);

        JsonNode written = read(mvc.perform(asRami(post(RULE_SETS).contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.effectiveFrom").value(from.toString()))
                .andExpect(jsonPath("$.reason").value("shelter admissions count as welfare cases for 120 days"))
                .andExpect(jsonPath("$.createdBy").value("rami"))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.flags.welfareCaseOpenDays").value(120)));
        int version = written.get("version").asInt();

        mvc.perform(asRami(get(RULE_SETS + "/in-force").param("on", from.toString())))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.flags.welfareCaseOpenDays").value(120));
        mvc.perform(asRami(get(RULE_SETS + "/in-force").param("on", from.minusDays(1).toString())))
                .andExpect(jsonPath("$.flags.welfareCaseOpenDays").value(90));
        mvc.perform(asRami(get(RULE_SETS + "/" + version))).andExpect(jsonPath("$.effectiveFrom").value(from.toString()));
        mvc.perform(asRami(get(RULE_SETS).param("size", "1")))
                .andExpect(jsonPath("$.content[0].version").value(version))
                .andExpect(jsonPath("$.content[0].reason").value("shelter admissions count as welfare cases for 120 days"))
                .andExpect(jsonPath("$.content[0].bilateral").doesNotExist());
    }

    @Test
    void answersWhereANewVersionIsKept() throws Exception {
        String location = mvc.perform(asRami(post(RULE_SETS).contentType(MediaType.APPLICATION_JSON)
                        .content(seed(FarFuture.date(), "located").toString())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(RULE_SETS + "/")))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(asRami(get(location))).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("located"));
    }

    @Test
    void changesOneCountrysRuleFromADateAndKeepsTheRest() throws Exception {
        LocalDate from = FarFuture.date();
        JsonNode before = read(mvc.perform(asRami(get(RULE_SETS + "/in-force").param("on", from.toString()))));

        JsonNode changed = read(mvc.perform(asRami(put(BILATERAL_RULES + "/NPL").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"effectiveFrom": "%s", "reason": "Nepal reopens deployment", "deployment": "OPEN",
                                 "minimumAge": 22, "minimumMonthlySalaryUsd": 350, "attestationRequired": false}"""
                                .formatted(from))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.effectiveFrom").value(from.toString()))
                .andExpect(jsonPath("$.bilateral.NPL.deployment").value("OPEN"))
                .andExpect(jsonPath("$.bilateral.NPL.minimumAge").value(22))
                .andExpect(jsonPath("$.bilateral.NPL.minimumMonthlySalaryUsd").value(350))
                .andExpect(jsonPath("$.bilateral.NPL.attestationRequired").value(false)));

        for (String country : List.of("PHL", "LKA", "IDN", "KEN", "UGA", "ETH", "BGD", "GHA")) {
            assertThat(changed.at("/bilateral/" + country)).isEqualTo(before.at("/bilateral/" + country));
        }
        for (String part : List.of("/usdPerJod", "/flags", "/classification")) {
            assertThat(changed.at(part)).isEqualTo(before.at(part));
        }
        mvc.perform(asRami(get(BILATERAL_RULES).param("on", from.toString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value(from.toString()))
                .andExpect(jsonPath("$.version").value(changed.get("version").asInt()))
                .andExpect(jsonPath("$.rules.length()").value(9))
                .andExpect(jsonPath("$.rules[7].nationality").value("NPL"))
                .andExpect(jsonPath("$.rules[7].deployment").value("OPEN"));
        mvc.perform(asRami(get(BILATERAL_RULES).param("on", "2020-01-01")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.rules[7].deployment").value("SUSPENDED"));
    }

    @Test
    void refusesAnInvalidRuleSetNamingEveryBadField() throws Exception {
        ObjectNode body = seed(FarFuture.date(), " ");
        ((ObjectNode) body.get("bilateral")).remove("GHA");
        ((ObjectNode) body.get("bilateral")).set("JOR", body.at("/bilateral/PHL").deepCopy());
        ((ObjectNode) body.at("/bilateral/PHL")).put("minimumAge", 70);
        ((ObjectNode) body.at("/bilateral/LKA")).put("minimumMonthlySalaryUsd", -300);
        ((ObjectNode) body.at("/flags")).put("salaryMismatchShare", 10);
        ((ObjectNode) body.at("/classification/bands")).put("c", 75);
        ((ObjectNode) body.at("/classification/metrics/0")).put("noPointsAt", 1);
        int versions = versions();

        mvc.perform(asRami(post(RULE_SETS).contentType(MediaType.APPLICATION_JSON).content(body.toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_request"))
                .andExpect(jsonPath("$.errors[*].pointer").value(containsInAnyOrder("/reason", "/bilateral/GHA",
                        "/bilateral/JOR", "/bilateral/PHL/minimumAge", "/bilateral/LKA/minimumMonthlySalaryUsd",
                        "/flags/salaryMismatchShare", "/classification/bands/b",
                        "/classification/metrics/0/noPointsAt")))
                .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("missing", "missing",
                        "unknown_nationality", "out_of_range", "out_of_range", "out_of_range", "out_of_order",
                        "same_as_full_points")));

        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void refusesAnInvalidBilateralChangeAndAnUnknownCountry() throws Exception {
        mvc.perform(asRami(put(BILATERAL_RULES + "/NPL").contentType(MediaType.APPLICATION_JSON).content("""
                        {"reason": "no date", "deployment": "MAYBE", "minimumAge": 12, "minimumMonthlySalaryUsd": 0}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer").value(containsInAnyOrder("/effectiveFrom", "/deployment",
                        "/minimumAge", "/minimumMonthlySalaryUsd", "/attestationRequired")));
        mvc.perform(asRami(put(BILATERAL_RULES + "/JOR").contentType(MediaType.APPLICATION_JSON).content("{}")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown_nationality"));
        mvc.perform(asRami(post(RULE_SETS).contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\": ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed_body"));
    }

    @Test
    void answersNotFoundForAVersionNeverWritten() throws Exception {
        mvc.perform(asRami(get(RULE_SETS + "/" + Integer.MAX_VALUE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown_rule_set"));
        mvc.perform(asRami(get(RULE_SETS + "/in-force").param("on", "July")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("on"));
    }

    @Test
    void auditsEveryReadAndChangeWithItsStatus() throws Exception {
        mvc.perform(asRami(get(RULE_SETS + "/in-force").param("on", "2021-03-04"))).andExpect(status().isOk());
        expectLastAudit("READ_REFERENCE", RULE_SETS + "/in-force?on=2021-03-04", 200);

        mvc.perform(asRami(get(RULE_SETS + "/" + Integer.MAX_VALUE))).andExpect(status().isNotFound());
        expectLastAudit("READ_REFERENCE", RULE_SETS + "/" + Integer.MAX_VALUE, 404);

        mvc.perform(asRami(post(RULE_SETS).contentType(MediaType.APPLICATION_JSON).content("{}")))
                .andExpect(status().isBadRequest());
        expectLastAudit("CHANGE_REFERENCE", RULE_SETS, 400);

        mvc.perform(asRami(put(BILATERAL_RULES + "/ETH").contentType(MediaType.APPLICATION_JSON).content("""
                        {"effectiveFrom": "%s", "reason": "audited", "deployment": "SUSPENDED", "minimumAge": 21,
                         "minimumMonthlySalaryUsd": 250, "attestationRequired": false}""".formatted(FarFuture.date()))))
                .andExpect(status().isCreated());
        expectLastAudit("CHANGE_REFERENCE", BILATERAL_RULES + "/ETH", 201);
    }

    @Test
    void letsOnlyAdministratorsIn() throws Exception {
        for (MockHttpServletRequestBuilder call : List.of(get(RULE_SETS), get(RULE_SETS + "/1"),
                get(RULE_SETS + "/in-force"), get(BILATERAL_RULES),
                post(RULE_SETS).contentType(MediaType.APPLICATION_JSON).content("{}"),
                put(BILATERAL_RULES + "/NPL").contentType(MediaType.APPLICATION_JSON).content("{}"))) {
            mvc.perform(call).andExpect(status().isUnauthorized());
            mvc.perform(asAudrey(call)).andExpect(status().isForbidden());
            mvc.perform(asRegina(call)).andExpect(status().isForbidden());
        }
    }

    @Test
    void documentsTheReferenceApi() throws Exception {
        mvc.perform(asRami(get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/admin/reference/rule-sets'].get").exists())
                .andExpect(jsonPath("$.paths['/api/admin/reference/rule-sets'].post").exists())
                .andExpect(jsonPath("$.paths['/api/admin/reference/rule-sets/{version}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/admin/reference/rule-sets/in-force'].get").exists())
                .andExpect(jsonPath("$.paths['/api/admin/reference/bilateral-rules'].get").exists())
                .andExpect(jsonPath("$.paths['/api/admin/reference/bilateral-rules/{nationality}'].put").exists());
    }

    private void expectLastAudit(String action, String what, int outcome) throws Exception {
        mvc.perform(asRami(get("/api/admin/audit").param("size", "1")))
                .andExpect(jsonPath("$.content[0].who").value("rami"))
                .andExpect(jsonPath("$.content[0].action").value(action))
                .andExpect(jsonPath("$.content[0].what").value(what))
                .andExpect(jsonPath("$.content[0].outcome").value(outcome));
    }

    private int versions() throws Exception {
        return read(mvc.perform(asRami(get(RULE_SETS).param("size", "1")))).get("totalElements").asInt();
    }

    private JsonNode read(ResultActions answered) throws Exception {
        return json.readTree(answered.andReturn().getResponse().getContentAsString());
    }

    private ObjectNode seed(LocalDate effectiveFrom, String reason) throws IOException {
        try (InputStream seed = DefaultRuleSet.class.getResourceAsStream(DefaultRuleSet.RESOURCE)) {
            ObjectNode body = (ObjectNode) json.readTree(seed);
            return body.put("effectiveFrom", effectiveFrom.toString()).put("reason", reason);
        }
    }
}
