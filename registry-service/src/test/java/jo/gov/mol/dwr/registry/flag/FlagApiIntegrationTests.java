package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorderFile;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newLicenceNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.officeLicenceRecorded;
import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asRami;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.Someone;
import jo.gov.mol.dwr.registry.person.Persons;

/**
 * Flags raised as the events arrive, through the real queue and database, read and reviewed through the API:
 * one flag per situation whatever repeats, evidence that names the source messages, resolution when the condition
 * ceases, and the auditors' review.
 */
@RegistryApiTest
class FlagApiIntegrationTests {
    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    Persons persons;

    @Autowired
    MockMvc mvc;

    @Test
    void aChildRecruitedIsFlaggedOnceWithTheRequestAsEvidence() throws Exception {
        Someone child = Someone.bornOn(LocalDate.now(CanonicalEvent.AMMAN).minusYears(16).minusDays(20));
        PassportRef passport = newPassport();
        InboundEvent request = fromMol(child.requested(newRequestId(), passport));
        publish(request, request);
        long person = persons.personOfEvent(request.eventId()).orElseThrow();

        flagsOf(passport, "UNDERAGE_WORKER")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].severity").value("CRITICAL"))
                .andExpect(jsonPath("$.content[0].status").value("OPEN"))
                .andExpect(jsonPath("$.content[0].ruleSetVersion").value(1))
                .andExpect(jsonPath("$.content[0].subject.type").value("PERSON"))
                .andExpect(jsonPath("$.content[0].subject.id").value(String.valueOf(person)))
                .andExpect(jsonPath("$.content[0].worker.id").value(person))
                .andExpect(jsonPath("$.content[0].worker.passportNo").value(passport.number().value()))
                .andExpect(jsonPath("$.content[0].worker.nationality").value("PHL"))
                .andExpect(jsonPath("$.content[0].worker.name").value(child.fullName()))
                .andExpect(jsonPath("$.content[0].evidence[0].system").value("MOL"))
                .andExpect(jsonPath("$.content[0].evidence[0].messageId").value(request.source().messageId()))
                .andExpect(jsonPath("$.content[0].evidence[0].reference").value(request.source().reference()));
        flagsOf(passport, "BELOW_BILATERAL_MINIMUM_AGE")
                .andExpect(jsonPath("$.content[0].subject.type").value("PERSON"))
                .andExpect(jsonPath("$.content[0].officeLicenceNo").isString())
                .andExpect(jsonPath("$.content[0].employerNationalId").isString());
    }

    /**
     * She enters on an approval MoI's decision has not reached the registry yet, reported by both border channels;
     * the decision then arrives and covers the entry.
     */
    @Test
    void anEntryBeforeItsApprovalIsKnownIsFlaggedOnceAndResolvedWhenTheDecisionCoversIt() throws Exception {
        Someone her = Someone.fresh();
        PassportRef passport = newPassport();
        RequestId requestId = newRequestId();
        ApprovalNo approvalNo = newApprovalNo();
        BorderCrossed entry = her.crossed(passport, Direction.ENTRY, now().minus(Duration.ofHours(5)), approvalNo);
        publish(fromMol(her.requested(requestId, passport, now().minus(Duration.ofDays(20)))),
                fromBorder(entry), fromBorderFile(entry, now()));

        long flag = idOf(flagsOf(passport, "ENTRY_WITHOUT_APPROVAL")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].status").value("OPEN"))
                .andExpect(jsonPath("$.content[0].raisedAt").value(entry.occurredAt().toString()))
                .andExpect(jsonPath("$.content[0].evidence[*].system").value(contains("BORDER"))));

        publish(fromMoi(approved(requestId, approvalNo, now().minus(Duration.ofDays(10)))));

        eventually(() -> mvc.perform(asAudrey(get("/api/flags/{id}", flag)))
                .andExpect(jsonPath("$.status").value("RESOLVED")));
        mvc.perform(asAudrey(get("/api/flags/{id}", flag)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].to").value(contains("OPEN", "RESOLVED")))
                .andExpect(jsonPath("$.history[1].by").value("registry"));
    }

    @Test
    void aLicenceThatArrivesAfterTheRequestAndCoversItResolvesTheLicenceFlag() throws Exception {
        PassportRef passport = newPassport();
        RecruitmentRequested request = Someone.fresh().requested(newRequestId(), passport);
        publish(fromMol(request));
        long flag = idOf(flagsOf(passport, "OFFICE_LICENCE_INVALID")
                .andExpect(jsonPath("$.content[0].subject.type").value("OFFICE"))
                .andExpect(jsonPath("$.content[0].subject.id").value(request.office().value()))
                .andExpect(jsonPath("$.content[0].status").value("OPEN")));

        publish(fromMol(officeLicenceRecorded(request.office(), LicenceStatus.ACTIVE)));

        eventually(() -> mvc.perform(asAudrey(get("/api/flags/{id}", flag)))
                .andExpect(jsonPath("$.status").value("RESOLVED")));
    }

    @Test
    void anOfficeOverItsAnnualQuotaIsFlaggedOnceAtTheFirstRequestOverIt() throws Exception {
        LicenceNo office = newLicenceNo();
        LocalDate today = LocalDate.now(CanonicalEvent.AMMAN);
        publish(fromMol(new OfficeLicenceRecorded(office, "AL-AMAL RECRUITMENT", "مكتب الأمل", "IRBID",
                LicenceStatus.ACTIVE, today.minusDays(30), today.plusYears(1), 2)));
        InboundEvent first = fromMol(through(office, Someone.fresh().requested(newRequestId(), newPassport())));
        InboundEvent second = fromMol(through(office, Someone.fresh().requested(newRequestId(), newPassport())));
        publish(first, second);
        quotaFlagsOf(office).andExpect(jsonPath("$.totalElements").value(0));

        InboundEvent third = fromMol(through(office, Someone.fresh().requested(newRequestId(), newPassport())));
        publish(third, third);

        eventually(() -> quotaFlagsOf(office).andExpect(jsonPath("$.totalElements").value(1)));
        quotaFlagsOf(office)
                .andExpect(jsonPath("$.content[0].subject.type").value("OFFICE"))
                .andExpect(jsonPath("$.content[0].subject.id").value(office.value()))
                .andExpect(jsonPath("$.content[0].worker").isEmpty())
                .andExpect(jsonPath("$.content[0].evidence[*].messageId").value(contains(third.source().messageId())));
    }

    private ResultActions quotaFlagsOf(LicenceNo office) throws Exception {
        return mvc.perform(asRegina(get("/api/flags").param("rule", "OFFICE_QUOTA_EXCEEDED")
                .param("office", office.value()))).andExpect(status().isOk());
    }

    private static RecruitmentRequested through(LicenceNo office, RecruitmentRequested request) {
        return new RecruitmentRequested(request.requestId(), office, request.employer(), request.worker(),
                request.occupation(), request.monthlySalary(), request.durationMonths(), request.requestedAt());
    }

    /** Two other workers' abuse complaints against her employer, filed before her request, substantiated after it. */
    @Test
    void complaintsSubstantiatedLaterFlagAnEarlierRequestOfTheEmployerAsRepeatAbuse() throws Exception {
        PassportRef passport = newPassport();
        RecruitmentRequested request = Someone.fresh().requested(newRequestId(), passport);
        publish(fromMol(request));
        NationalId employer = request.employer().nationalId();
        Reference first = newReference("CMP");
        Reference second = newReference("CMP");
        PassportRef one = newPassport();
        PassportRef other = newPassport();
        publish(fromMol(abuse(first, one, employer, ComplaintStatus.OPEN), now().minusSeconds(30)),
                fromMol(abuse(second, other, employer, ComplaintStatus.OPEN), now().minusSeconds(30)));
        flagsOf(passport, "REPEAT_ABUSE_EMPLOYER").andExpect(jsonPath("$.totalElements").value(0));

        publish(fromMol(abuse(first, one, employer, ComplaintStatus.SUBSTANTIATED)),
                fromMol(abuse(second, other, employer, ComplaintStatus.SUBSTANTIATED)));

        eventually(() -> flagsOf(passport, "REPEAT_ABUSE_EMPLOYER").andExpect(jsonPath("$.totalElements").value(1)));
        flagsOf(passport, "REPEAT_ABUSE_EMPLOYER")
                .andExpect(jsonPath("$.content[0].subject.type").value("EMPLOYER"))
                .andExpect(jsonPath("$.content[0].subject.id").value(employer.value()))
                .andExpect(jsonPath("$.content[0].evidence.length()").value(3));
    }

    private static ComplaintRecorded abuse(Reference complaintId, PassportRef worker, NationalId employer,
                                           ComplaintStatus status) {
        return new ComplaintRecorded(complaintId, LocalDate.now(CanonicalEvent.AMMAN).minusDays(40), Complainant.WORKER,
                worker, null, employer, ComplaintCategory.PHYSICAL_ABUSE, status);
    }

    /** She is recruited on a passport; another woman, of another name and birth date, enters on the same one. */
    @Test
    void twoPeopleOnOnePassportAreOneFlagAndBothAreFoundByThatPassport() throws Exception {
        PassportRef passport = newPassport();
        InboundEvent request = fromMol(Someone.fresh().requested(newRequestId(), passport));
        InboundEvent crossing = fromBorder(Someone.fresh().crossed(passport, Direction.ENTRY, now().minusSeconds(90),
                null));
        publish(request);
        publish(crossing);
        long recruited = persons.personOfEvent(request.eventId()).orElseThrow();
        long entered = persons.personOfEvent(crossing.eventId()).orElseThrow();
        assertThat(entered).isNotEqualTo(recruited);

        flagsOf(passport, "DUPLICATE_IDENTITY")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].worker.passportNo").value(passport.number().value()))
                .andExpect(jsonPath("$.content[0].worker.name").isString())
                .andExpect(jsonPath("$.content[0].evidence[*].messageId").value(containsInAnyOrder(
                        request.source().messageId(), crossing.source().messageId())));
        mvc.perform(asAudrey(get("/api/workers").param("passportNo", passport.number().value())))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].id").value(containsInAnyOrder((int) recruited, (int) entered)));
    }

    @Test
    void anAuditorReviewsAFlagWithNotesAndAVerdictIsFinal() throws Exception {
        PassportRef passport = newPassport();
        publish(fromBorder(Someone.fresh().crossed(passport, Direction.ENTRY, now().minusSeconds(60),
                newApprovalNo())));
        long flag = idOf(flagsOf(passport, "ENTRY_WITHOUT_APPROVAL"));

        mvc.perform(asRegina(move(flag, "IN_REVIEW", "looking"))).andExpect(status().isForbidden());
        mvc.perform(asAudrey(move(flag, "IN_REVIEW", "asked the border for the visa")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        mvc.perform(asAudrey(move(flag, "CONFIRMED", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/note"));
        mvc.perform(asAudrey(move(flag, "CONFIRMED", "no visa was ever issued")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.history[*].to").value(contains("OPEN", "IN_REVIEW", "CONFIRMED")))
                .andExpect(jsonPath("$.history[2].by").value("audrey"))
                .andExpect(jsonPath("$.history[2].note").value("no visa was ever issued"));
        mvc.perform(asAudrey(move(flag, "DISMISSED", "second thoughts")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("transition_not_allowed"));
        mvc.perform(asAudrey(move(flag, "RESOLVED", "not mine to say")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/to"));
        mvc.perform(asAudrey(move(Long.MAX_VALUE, "IN_REVIEW", "none"))).andExpect(status().isNotFound());
    }

    @Test
    void filtersByRuleStatusSeverityAndDateAndRefusesAnUnknownRule() throws Exception {
        PassportRef passport = newPassport();
        Instant entered = now().minusSeconds(120);
        publish(fromBorder(Someone.fresh().crossed(passport, Direction.ENTRY, entered, newApprovalNo())));
        LocalDate day = LocalDate.ofInstant(entered, CanonicalEvent.AMMAN);

        mvc.perform(asAudrey(get("/api/flags").param("passportNo", passport.number().value())
                        .param("severity", "HIGH").param("status", "OPEN")
                        .param("from", day.toString()).param("to", day.toString())))
                .andExpect(jsonPath("$.content[*].rule").value(hasItem("ENTRY_WITHOUT_APPROVAL")));
        mvc.perform(asAudrey(get("/api/flags").param("passportNo", passport.number().value())
                        .param("from", day.plusDays(1).toString())))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(asAudrey(get("/api/flags").param("passportNo", passport.number().value())
                        .param("severity", "LOW")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(asAudrey(get("/api/flags").param("rule", "NOT_A_RULE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("rule"));
        mvc.perform(asAudrey(get("/api/flags").param("from", "yesterday")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("from"));
    }

    @Test
    void servesTheCatalogueOfTwentyRules() throws Exception {
        mvc.perform(asRegina(get("/api/flags/rules")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(20))
                .andExpect(jsonPath("$[?(@.code == 'WORKER_DECEASED')].severity").value(contains("CRITICAL")))
                .andExpect(jsonPath("$[?(@.code == 'OFFICE_QUOTA_EXCEEDED')].subject").value(contains("OFFICE")));
    }

    @Test
    void anAdministratorRunsTheSweepAndGetsWhatItDid() throws Exception {
        publish(fromMol(Someone.fresh().requested(newRequestId(), newPassport())));

        mvc.perform(asRami(post("/api/admin/sweep")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons").isNumber())
                .andExpect(jsonPath("$.asOf").isString());
        mvc.perform(asAudrey(post("/api/admin/sweep"))).andExpect(status().isForbidden());
    }

    /** Flags that follow from another subject's event are evaluated once that event has committed. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
    }

    private ResultActions flagsOf(PassportRef passport, String rule) throws Exception {
        return mvc.perform(asAudrey(get("/api/flags").param("passportNo", passport.number().value())
                        .param("rule", rule)))
                .andExpect(status().isOk());
    }

    private static long idOf(ResultActions list) throws Exception {
        return JsonPath.<Number>read(list.andReturn().getResponse().getContentAsString(), "$.content[0].id")
                .longValue();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder move(long flag,
                                                                                                  String to, String note) {
        String body = note == null ? "{\"to\": \"" + to + "\"}" : "{\"to\": \"" + to + "\", \"note\": \"" + note + "\"}";
        return post("/api/flags/{id}/transitions", flag).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void publish(InboundEvent... events) {
        Applied.published(jms, statistics, events);
    }
}
