package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.registry.linkage.PersonStandardiser;
import jo.gov.mol.dwr.registry.linkage.Script;
import jo.gov.mol.dwr.registry.linkage.SourceKind;
import jo.gov.mol.dwr.registry.linkage.StandardisedPerson;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * A record that carries a name and a birth date, kept as linkage compared it (its standardised form, not as the
 * source wrote it: the source message keeps that), so that it is a candidate for records arriving later and every
 * stored weight can be computed again; with its blocking keys, the passport identity (worker) it named, and the
 * person it is linked to now. Each version of a source record is a record of its own.
 */
@Entity
@Table(name = "person_record")
class LinkedRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_record_seq")
    @SequenceGenerator(name = "person_record_seq", sequenceName = "person_record_seq", allocationSize = 50)
    private Long id;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_id", length = 36, nullable = false, updatable = false)
    private UUID eventId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "record_kind", length = 20, nullable = false, updatable = false)
    private RecordKind kind;

    @Column(name = "reference", length = 40, nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source_kind", length = 7, nullable = false, updatable = false)
    private SourceKind source;

    @Column(name = "latin_tokens", length = 200, updatable = false)
    private String latinTokens;

    /** The Arabic-script name as the Latin tokens it was transliterated to. */
    @Column(name = "arabic_tokens", length = 200, updatable = false)
    private String arabicTokens;

    @Column(name = "birth_date", updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sex", length = 1, updatable = false)
    private Sex sex;

    @Column(name = "nationality", length = 3, updatable = false)
    private String nationality;

    @Column(name = "issuing_state", length = 3, updatable = false)
    private String issuingState;

    /** Folded, as linkage and the passport key compare it. */
    @Column(name = "passport_no", length = 20, updatable = false)
    private String passportNo;

    /** Request, approval and permit numbers, separated by spaces. */
    @Column(name = "business_numbers", length = 200, updatable = false)
    private String businessNumbers;

    @ElementCollection
    @CollectionTable(name = "person_record_key", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "blocking_key", length = 60, nullable = false)
    private Set<String> blockingKeys = new LinkedHashSet<>();

    @Column(name = "worker_id", nullable = false, updatable = false)
    private long workerId;

    /** The person the record's current link names (not resolved through merges). */
    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected LinkedRecord() {
    }

    static LinkedRecord of(RecordKind kind, String reference, StandardisedPerson person, Set<String> blockingKeys,
                           long workerId, long personId, Provenance provenance) {
        LinkedRecord record = new LinkedRecord();
        record.eventId = provenance.eventId();
        record.kind = kind;
        record.reference = reference;
        record.source = person.source();
        record.latinTokens = person.nameTokens(Script.LATIN);
        record.arabicTokens = person.nameTokens(Script.ARABIC);
        record.birthDate = person.birthDate();
        record.sex = person.sex();
        record.nationality = person.nationality();
        record.issuingState = person.issuingState();
        record.passportNo = person.passportNumber();
        record.businessNumbers = person.businessNumbers().isEmpty() ? null
                : person.businessNumbers().stream().sorted().collect(Collectors.joining(" "));
        record.blockingKeys.addAll(blockingKeys);
        record.workerId = workerId;
        record.personId = personId;
        record.receivedAt = provenance.receivedAt();
        return record;
    }

    /** The record as linkage compares it, exactly as when it arrived. */
    StandardisedPerson standardised(PersonStandardiser standardiser) {
        Set<String> numbers = businessNumbers == null ? Set.of()
                : Arrays.stream(businessNumbers.split(" ")).collect(Collectors.toSet());
        return new StandardisedPerson(source, standardiser.restoredNames(latinTokens, arabicTokens), birthDate, sex,
                nationality, issuingState, passportNo, numbers);
    }

    void linkTo(long person) {
        personId = person;
    }

    Long id() {
        return id;
    }

    UUID eventId() {
        return eventId;
    }

    RecordKind kind() {
        return kind;
    }

    String reference() {
        return reference;
    }

    long workerId() {
        return workerId;
    }

    long personId() {
        return personId;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
