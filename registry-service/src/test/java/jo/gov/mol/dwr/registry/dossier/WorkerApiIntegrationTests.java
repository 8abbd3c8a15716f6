package jo.gov.mol.dwr.registry.dossier;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newNationalId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPermitNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.People.asAudrey;
import static jo.gov.mol.dwr.registry.People.asRami;
import static jo.gov.mol.dwr.registry.People.asRegina;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.web.servlet.MockMvc;

import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.Someone;
import jo.gov.mol.dwr.registry.person.Persons;

/**
 * {@code /api/workers}: a worker is a linked person, found by any passport they held, read with every event of
 * theirs from every system, and every read is audited.
 */
@RegistryApiTest
class WorkerApiIntegrationTests {
    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    Persons persons;

    @Autowired
    MockMvc mvc;

    /**
     * Her journey arrives out of order, by four systems, on two passports: the timeline puts it in the order it
     * happened, with each event's source message, and leaves out a stranger's events.
     */
    @Test
    void aTimelineHoldsEveryEventOfTheWorkerFromEverySystemOldestFirstWithItsSourceMessage() throws Exception {
        Someone her = Someone.fresh();
        PassportRef passport = newPassport();
        PassportRef renewed = newPassport();
        RequestId requestId = newRequestId();
        ApprovalNo approvalNo = newApprovalNo();
        Instant start = now().minus(Duration.ofDays(40));
        LocalDate permitDay = LocalDate.ofInstant(start.plus(DAY.multipliedBy(12)), CanonicalEvent.AMMAN);

        InboundEvent exit = fromBorder(her.crossed(renewed, Direction.EXIT, start.plus(DAY.multipliedBy(30)), null));
        InboundEvent permit = fromMol(new WorkPermitIssued(newPermitNo(), requestId, passport, newNationalId(),
                permitDay, permitDay.plusYears(2)));
        InboundEvent attestation = fromPhl(her.attested(newReference("ATT"), passport, her.birthDate(),
                start.plus(DAY.multipliedBy(3))), now());
        InboundEvent entry = fromBorder(her.crossed(passport, Direction.ENTRY, start.plus(DAY.multipliedBy(5)),
                approvalNo));
        InboundEvent decision = fromMoi(approved(requestId, approvalNo, start.plus(DAY)));
        InboundEvent request = fromMol(her.requested(requestId, passport, start));
        InboundEvent stranger = fromMol(Someone.fresh().requested(newRequestId(), newPassport(), start));
        publish(request, entry, exit, permit, attestation, decision, stranger);
        long worker = persons.personOfEvent(request.eventId()).orElseThrow();

        mvc.perform(asRegina(get("/api/workers/{id}/timeline", worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.worker.id").value(worker))
                .andExpect(jsonPath("$.worker.name").value(her.fullName()))
                .andExpect(jsonPath("$.worker.passports.length()").value(2))
                .andExpect(jsonPath("$.events[*].type").value(contains("RecruitmentRequested", "ApprovalDecided",
                        "ContractAttested", "BorderCrossed", "WorkPermitIssued", "BorderCrossed")))
                .andExpect(jsonPath("$.events[*].system").value(contains("MOL", "MOI", "EMBASSY_PHL", "BORDER", "MOL",
                        "BORDER")))
                .andExpect(jsonPath("$.events[0].messageId").value(request.source().messageId()))
                .andExpect(jsonPath("$.events[0].reference").value(requestId.value()))
                .andExpect(jsonPath("$.events[1].source.system").value("MOI"))
                .andExpect(jsonPath("$.events[1].source.messageId").value(decision.source().messageId()))
                .andExpect(jsonPath("$.events[1].source.reference").value(decision.source().reference()))
                .andExpect(jsonPath("$.events[4].businessTime").value(
                        permitDay.atStartOfDay(CanonicalEvent.AMMAN).toInstant().toString()))
                .andExpect(jsonPath("$.events[5].fact.direction").value("EXIT"))
                .andExpect(jsonPath("$.events[5].messageId").value(exit.source().messageId()));
    }

    @Test
    void findsAWorkerByEitherPassportTheyHeld() throws Exception {
        Someone her = Someone.fresh();
        PassportRef passport = newPassport();
        PassportRef renewed = newPassport();
        InboundEvent request = fromMol(her.requested(newRequestId(), passport), now().minus(Duration.ofDays(30)));
        publish(request, fromBorder(her.crossed(renewed)));
        long worker = persons.personOfEvent(request.eventId()).orElseThrow();

        for (PassportRef held : new PassportRef[] {passport, renewed}) {
            mvc.perform(asAudrey(get("/api/workers").param("passportNo", held.number().value())
                            .param("nationality", "PHL")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(1))
                    .andExpect(jsonPath("$.content[0].id").value(worker))
                    .andExpect(jsonPath("$.content[0].mergedInto").isEmpty())
                    .andExpect(jsonPath("$.content[0].passportNo").value(renewed.number().value()))
                    .andExpect(jsonPath("$.content[0].nameArabic").value(her.inArabic()))
                    .andExpect(jsonPath("$.content[0].passports[*].passportNo").value(
                            contains(passport.number().value(), renewed.number().value())));
        }
    }

    @Test
    void readsOneWorkerWithTheRecordsLinkedToThem() throws Exception {
        Someone her = Someone.fresh();
        PassportRef passport = newPassport();
        InboundEvent request = fromMol(her.requested(newRequestId(), passport));
        publish(request, fromBorder(her.crossed(passport)));
        long worker = persons.personOfEvent(request.eventId()).orElseThrow();

        mvc.perform(asRami(get("/api/workers/{id}", worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(worker))
                .andExpect(jsonPath("$.birthDate").value(her.birthDate().toString()))
                .andExpect(jsonPath("$.records[*].kind").value(containsInAnyOrder("RECRUITMENT_REQUEST", "BORDER_CROSSING")))
                .andExpect(jsonPath("$.records[0].linkId").isNumber())
                .andExpect(jsonPath("$.history").isArray());
    }

    @Test
    void answersAnUnknownWorkerAndBadParametersWithAProblemNamingWhatIsWrong() throws Exception {
        mvc.perform(asAudrey(get("/api/workers/{id}", Long.MAX_VALUE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown_worker"));
        mvc.perform(asAudrey(get("/api/workers/{id}/timeline", Long.MAX_VALUE)))
                .andExpect(status().isNotFound());
        mvc.perform(asAudrey(get("/api/workers/not-a-number")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("id"));
        mvc.perform(asAudrey(get("/api/workers").param("nationality", "Philippines")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("nationality"));
        mvc.perform(asAudrey(get("/api/workers").param("size", "501")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("size"));
    }

    @Test
    void auditsEveryReadOfAWorkerWithWhoAskedWhatAndTheAnswer() throws Exception {
        Someone her = Someone.fresh();
        InboundEvent request = fromMol(her.requested(newRequestId(), newPassport()));
        publish(request);
        long worker = persons.personOfEvent(request.eventId()).orElseThrow();

        mvc.perform(asRegina(get("/api/workers/{id}/timeline", worker))).andExpect(status().isOk());
        mvc.perform(asAudrey(get("/api/workers/{id}", Long.MAX_VALUE))).andExpect(status().isNotFound());

        mvc.perform(asRami(get("/api/admin/audit").param("size", "2")))
                .andExpect(jsonPath("$.content[0].who").value("audrey"))
                .andExpect(jsonPath("$.content[0].action").value("READ_WORKER"))
                .andExpect(jsonPath("$.content[0].what").value("/api/workers/" + Long.MAX_VALUE))
                .andExpect(jsonPath("$.content[0].outcome").value(404))
                .andExpect(jsonPath("$.content[1].who").value("regina"))
                .andExpect(jsonPath("$.content[1].action").value("READ_TIMELINE"))
                .andExpect(jsonPath("$.content[1].what").value("/api/workers/" + worker + "/timeline"))
                .andExpect(jsonPath("$.content[1].outcome").value(200));
    }

    @Test
    void documentsTheWorkerEndpoints() throws Exception {
        mvc.perform(asAudrey(get("/v3/api-docs")))
                .andExpect(jsonPath("$.paths['/api/workers'].get").exists())
                .andExpect(jsonPath("$.paths['/api/workers/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/workers/{id}/timeline'].get").exists());
    }

    private void publish(InboundEvent... events) {
        Applied.published(jms, statistics, events);
    }
}
