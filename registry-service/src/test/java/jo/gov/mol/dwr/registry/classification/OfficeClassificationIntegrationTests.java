package jo.gov.mol.dwr.registry.classification;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newLicenceNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asRami;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.Filter;
import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.mappings.canonical.OfficeClassificationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;

/**
 * An office's classification from its facts on the registry queue to its class in force and MoL's notice: computed
 * as a proposal, reviewed by regulators (an override into D waits for a second one), read by every role.
 */
@RegistryApiTest
class OfficeClassificationIntegrationTests {
    private static final LocalDate TODAY = OfficeHistory.TODAY;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    MockMvc mvc;

    OfficeHistory history;

    @BeforeEach
    void history() {
        history = new OfficeHistory(new RegistryQueue(jms), statistics);
    }

    @Test
    void aSmallOfficeIsProposedConfirmedByARegulatorAndItsClassInForceIsSentToMol() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        List<PassportRef> workers = history.placed(office, 3);
        history.apply(fromMol(complaint(newReference("CMP"), workers.get(0), office, ComplaintStatus.SUBSTANTIATED)));

        run();

        String proposal = mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.class").value(nullValue()))
                .andExpect(jsonPath("$.metrics").value(nullValue()))
                .andExpect(jsonPath("$.pending.class").value("UNRATED"))
                .andExpect(jsonPath("$.pending.status").value("PROPOSED"))
                .andExpect(jsonPath("$.pending.period").value(defaultPeriod()))
                .andExpect(jsonPath("$.pending.ruleSetVersion").isNumber())
                .andExpect(jsonPath("$.pending.placed").value(3))
                .andExpect(jsonPath("$.pending.metrics.length()").value(8))
                .andExpect(jsonPath("$.pending.metrics[0].code").value("SUBSTANTIATED_COMPLAINTS"))
                .andExpect(jsonPath("$.pending.metrics[0].count").value(1))
                .andExpect(jsonPath("$.pending.metrics[0].denominator").value(3))
                .andExpect(jsonPath("$.pending.metrics[0].rate").isNumber())
                .andExpect(jsonPath("$.pending.metrics[0].value").isNumber())
                .andExpect(jsonPath("$.pending.metrics[0].national").isNumber())
                .andExpect(jsonPath("$.pending.metrics[0].points").isNumber())
                .andExpect(jsonPath("$.history.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(proposal, "$.pending.id")).longValue();

        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/confirm", office, id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));

        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.class").value("UNRATED"))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.period").value(defaultPeriod()))
                .andExpect(jsonPath("$.metrics.length()").value(8))
                .andExpect(jsonPath("$.pending").value(nullValue()))
                .andExpect(jsonPath("$.history[0].steps[1].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.history[0].steps[1].by").value("regina"));
        Period period = Period.monthsBefore(TODAY, 12);
        OfficeClassificationNoticeDue notice = OfficeClassificationNoticeDue.of(id, office, OfficeClass.UNRATED,
                period.firstMonth(), period.lastMonth(), TODAY);
        assertThat(jdbc.queryForObject("select count(*) from notice_due where notice_id = ? and notice_type = ?",
                Integer.class, notice.noticeId().toString(), "OfficeClassificationNoticeDue")).isOne();
        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/confirm", office, id)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("transition_not_allowed"));
    }

    @Test
    void recomputingTheSameFactsByTheSameRulesChangesNothing() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        history.placed(office, 2);

        run();
        String again = mvc.perform(asRami(post("/api/admin/classification-runs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value(defaultPeriod()))
                .andExpect(jsonPath("$.offices").isNumber())
                .andReturn().getResponse().getContentAsString();

        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.pending.status").value("PROPOSED"));
        assertThat((Integer) JsonPath.read(again, "$.newProposals")).isLessThan(JsonPath.read(again, "$.offices"));
    }

    @Test
    void aChangedResultIsProposedBesideTheClassInForceAndDroppedWhenTheResultReturnsToIt() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        List<PassportRef> workers = history.placed(office, 2);
        run();
        long confirmed = pendingId(office);
        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/confirm", office, confirmed)))
                .andExpect(status().isOk());
        Reference complaint = newReference("CMP");

        history.apply(fromMol(complaint(complaint, workers.get(0), office, ComplaintStatus.SUBSTANTIATED)));
        run();

        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.metrics[0].count").value(0))
                .andExpect(jsonPath("$.pending.status").value("PROPOSED"))
                .andExpect(jsonPath("$.pending.metrics[0].count").value(1))
                .andExpect(jsonPath("$.history.length()").value(2));

        // MoL finds the complaint unsubstantiated after all: the result is the class in force again
        history.apply(fromMol(complaint(complaint, workers.get(0), office, ComplaintStatus.UNSUBSTANTIATED)));
        run();

        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.pending").value(nullValue()))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].status").value("SUPERSEDED"));
    }

    @Test
    void anOfficeNotActiveAtTheEndOfThePeriodIsD() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.SUSPENDED);

        run();

        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(jsonPath("$.pending.class").value("D"));
        mvc.perform(asAudrey(get("/api/offices").param("class", "D")))
                .andExpect(status().isOk());
    }

    @Test
    void anOverrideIntoDWaitsForASecondRegulatorWhoAloneMayApproveIt() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        history.placed(office, 1);
        run();
        long id = pendingId(office);

        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/override", office, id)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"class\": \"D\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/override", office, id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"class\": \"D\", \"reason\": \"inspection found forged contracts\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.class").value("D"))
                .andExpect(jsonPath("$.computedClass").value("UNRATED"));
        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/approve", office, id)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"as I said\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("own_override"));
        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(jsonPath("$.class").value(nullValue()))
                .andExpect(jsonPath("$.pending.status").value("AWAITING_APPROVAL"));

        mvc.perform(asRami(post("/api/offices/{licenceNo}/classifications/{id}/approve", office, id)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"the inspection report holds\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OVERRIDDEN"));
        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(jsonPath("$.class").value("D"))
                .andExpect(jsonPath("$.status").value("OVERRIDDEN"))
                .andExpect(jsonPath("$.history[0].steps[1].status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.history[0].steps[1].by").value("regina"))
                .andExpect(jsonPath("$.history[0].steps[1].reason").value("inspection found forged contracts"))
                .andExpect(jsonPath("$.history[0].steps[2].by").value("rami"));
        mvc.perform(asAudrey(get("/api/offices").param("class", "D")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").isNumber());
    }

    @Test
    void aRejectedOverrideLeavesTheProposalStandingAgain() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.SUSPENDED);
        run();
        long id = pendingId(office);

        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/override", office, id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"class\": \"C\", \"reason\": \"the suspension is lifted next week\"}")))
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        mvc.perform(asRami(post("/api/offices/{licenceNo}/classifications/{id}/reject", office, id)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"not until it is\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.class").value("D"))
                .andExpect(jsonPath("$.steps[2].status").value("REJECTED"))
                .andExpect(jsonPath("$.steps[2].class").value("C"));
    }

    @Test
    void onlyRegulatorsDecideEveryRoleReadsAndAnOfficeNeverClassifiedIsNotFound() throws Exception {
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        run();
        long id = pendingId(office);

        mvc.perform(asAudrey(post("/api/offices/{licenceNo}/classifications/{id}/confirm", office, id)))
                .andExpect(status().isForbidden());
        mvc.perform(asAudrey(post("/api/admin/classification-runs"))).andExpect(status().isForbidden());
        mvc.perform(asRegina(post("/api/admin/classification-runs"))).andExpect(status().isForbidden());
        mvc.perform(asRegina(get("/api/offices/{licenceNo}", office))).andExpect(status().isOk());
        mvc.perform(asRami(get("/api/offices").param("size", "501"))).andExpect(status().isBadRequest());
        mvc.perform(asAudrey(get("/api/offices/{licenceNo}", newLicenceNo()))).andExpect(status().isNotFound());
        mvc.perform(asRegina(post("/api/offices/{licenceNo}/classifications/{id}/confirm", newLicenceNo(), id)))
                .andExpect(status().isNotFound());
    }

    private void run() throws Exception {
        mvc.perform(asRami(post("/api/admin/classification-runs"))).andExpect(status().isOk());
    }

    private long pendingId(LicenceNo office) throws Exception {
        String body = mvc.perform(asAudrey(get("/api/offices/{licenceNo}", office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.pending.id")).longValue();
    }

    private static ComplaintRecorded complaint(Reference reference, PassportRef worker, LicenceNo office,
                                               ComplaintStatus status) {
        return new ComplaintRecorded(reference, OfficeHistory.LAST_MONTH, Complainant.WORKER, worker, office, null,
                ComplaintCategory.UNPAID_WAGES, status);
    }

    private static String defaultPeriod() {
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        return last.minusMonths(11) + "/" + last;
    }

}
