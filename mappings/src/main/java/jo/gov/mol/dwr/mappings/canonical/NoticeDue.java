package jo.gov.mol.dwr.mappings.canonical;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A notice the registry decided is due to an outside system, handed to the hub to deliver (decisions.md). Its
 * {@link #noticeId()} is the outbound message id on every delivery attempt, so that the receiver can drop a
 * repeat; it is derived from the fact it reports, so that one fact never gives two different notices.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ApprovalDecisionNoticeDue.class, name = "ApprovalDecisionNoticeDue"),
        @JsonSubTypes.Type(value = CrossingNoticeDue.class, name = "CrossingNoticeDue"),
        @JsonSubTypes.Type(value = AttestationNoticeDue.class, name = "AttestationNoticeDue"),
        @JsonSubTypes.Type(value = OfficeClassificationNoticeDue.class, name = "OfficeClassificationNoticeDue"),
})
public sealed interface NoticeDue permits ApprovalDecisionNoticeDue, CrossingNoticeDue, AttestationNoticeDue,
        OfficeClassificationNoticeDue {

    UUID noticeId();

    /** Names the fact the notice reports, for logs and the dead-letter list. */
    String reference();
}
