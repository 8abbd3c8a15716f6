package jo.gov.mol.dwr.registry;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jo.gov.mol.dwr.registry.embassy.EmbassyRecords;
import jo.gov.mol.dwr.registry.notice.Notices;
import jo.gov.mol.dwr.registry.source.SourceMessages;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecords;

/** A read-only look at the registry for the application that imports it (the sandbox counts with it). */
@Component
public class RegistryStatistics {
    private final EntityManager entities;
    private final SourceMessages sourceMessages;
    private final UnmatchedRecords unmatchedRecords;
    private final EmbassyRecords embassyRecords;
    private final Notices notices;

    RegistryStatistics(EntityManager entities, SourceMessages sourceMessages, UnmatchedRecords unmatchedRecords,
                       EmbassyRecords embassyRecords, Notices notices) {
        this.entities = entities;
        this.sourceMessages = sourceMessages;
        this.unmatchedRecords = unmatchedRecords;
        this.embassyRecords = embassyRecords;
        this.notices = notices;
    }

    @Transactional(readOnly = true)
    public RegistryCounts counts() {
        return new RegistryCounts(count("ReceivedMessage"), count("Worker"), count("Employer"), count("Office"),
                count("RecruitmentRequest"), count("WorkPermit"), count("Complaint"), count("AbscondingReport"),
                count("Transfer"), count("Crossing"), embassyRecords.countAttestations(), embassyRecords.countWelfareCases(),
                unmatchedRecords.count(), count("ApprovalVersion"), notices.count(),
                notices.countUnpublished());
    }

    /** Whether the registry has applied the event with this id (derived from source system and message id). */
    public boolean isApplied(UUID eventId) {
        return sourceMessages.isKept(eventId);
    }

    private long count(String entity) {
        return entities.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }
}
