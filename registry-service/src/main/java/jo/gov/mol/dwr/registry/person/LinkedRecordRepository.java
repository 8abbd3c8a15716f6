package jo.gov.mol.dwr.registry.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.QueryHint;

interface LinkedRecordRepository extends JpaRepository<LinkedRecord, Long> {

    Optional<LinkedRecord> findByEventId(UUID eventId);

    /** Read only, as linkage candidates (see {@link #candidates}). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<LinkedRecord> findByIssuingStateAndPassportNoAndBirthDate(String issuingState, String passportNo,
                                                                   LocalDate birthDate);

    /**
     * The records, read only: a linkage candidate is compared, never changed, and as a read-only entity it costs
     * nothing at each flush of the rest of its event's transaction (up to {@link LinkCandidates#MOST} of them).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("select r from LinkedRecord r where r.id in :ids")
    List<LinkedRecord> candidates(Collection<Long> ids);

    /** Records sharing any of the keys, those sharing the most first (the likeliest candidates), newest first. */
    @Query("""
            select r.id from LinkedRecord r join r.blockingKeys k where k in :keys
            group by r.id order by count(k) desc, r.id desc""")
    List<Long> sharingKeys(Collection<String> keys, Pageable limit);

    List<LinkedRecord> findByPersonIdInOrderByIdAsc(Collection<Long> personIds);

    long countByPersonIdIn(Collection<Long> personIds);

    List<LinkedRecord> findByWorkerId(long workerId);

    List<LinkedRecord> findByEventIdIn(Collection<UUID> eventIds);

    Optional<LinkedRecord> findFirstByKindAndReferenceOrderByIdDesc(RecordKind kind, String reference);

    List<LinkedRecord> findByIssuingStateAndPassportNoOrderByIdAsc(String issuingState, String passportNo);

    /** The persons of the records naming a (folded) passport number. */
    @Query("select distinct r.personId from LinkedRecord r where r.passportNo = :passportNo")
    List<Long> personsNaming(String passportNo);

    /** The persons of the records naming a (folded) passport number as of this nationality. */
    @Query("select distinct r.personId from LinkedRecord r where r.passportNo = :passportNo and r.nationality = :nationality")
    List<Long> personsNaming(String passportNo, String nationality);
}
