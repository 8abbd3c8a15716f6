package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fact from an outside system, in the one vocabulary the registry understands, whichever channel it came by.
 * Each is named in the past tense and carries only canonical values.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RecruitmentRequested.class, name = "RecruitmentRequested"),
        @JsonSubTypes.Type(value = WorkPermitIssued.class, name = "WorkPermitIssued"),
        @JsonSubTypes.Type(value = ComplaintRecorded.class, name = "ComplaintRecorded"),
        @JsonSubTypes.Type(value = AbscondingReported.class, name = "AbscondingReported"),
        @JsonSubTypes.Type(value = WorkerTransferred.class, name = "WorkerTransferred"),
        @JsonSubTypes.Type(value = OfficeLicenceRecorded.class, name = "OfficeLicenceRecorded"),
        @JsonSubTypes.Type(value = ApprovalDecided.class, name = "ApprovalDecided"),
        @JsonSubTypes.Type(value = BorderCrossed.class, name = "BorderCrossed"),
        @JsonSubTypes.Type(value = ContractAttested.class, name = "ContractAttested"),
        @JsonSubTypes.Type(value = WelfareCaseRecorded.class, name = "WelfareCaseRecorded"),
})
public sealed interface CanonicalEvent
        permits RecruitmentRequested, WorkPermitIssued, ComplaintRecorded, AbscondingReported, WorkerTransferred,
        OfficeLicenceRecorded, ApprovalDecided, BorderCrossed, ContractAttested, WelfareCaseRecorded {

    /** Business dates are Amman calendar dates (policy.md). */
    ZoneId AMMAN = ZoneId.of("Asia/Amman");

    /** The business id of the object this fact is a version of (a request number, a licence number...). */
    String reference();

    /**
     * Facts with the same key are applied in the order they were accepted: the passport for facts about a
     * worker, the licence for facts about an office.
     */
    String orderingKey();

    /** The business time of the fact; a date-only fact is at 00:00 Amman of its date. */
    Instant businessTime();

    static Instant startOfAmmanDay(LocalDate date) {
        return date.atStartOfDay(AMMAN).toInstant();
    }
}
