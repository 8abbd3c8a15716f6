package jo.gov.mol.dwr.registry.embassy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/**
 * The embassies' attestations and welfare cases the registry holds, each as its current version says, for other
 * features (the flags ask for a worker's or an office's attestations, and for welfare cases by category and date).
 * Lists come earliest record date first.
 */
@Component
public class EmbassyRecords {
    private final EmbassyRecordRepository records;

    EmbassyRecords(EmbassyRecordRepository records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Optional<AttestationOnRecord> attestation(CountryCode embassy, Reference attestationRef) {
        return records.findByEmbassyAndKindAndReference(embassy.value(), EmbassyRecordKind.ATTESTATION,
                attestationRef.value()).map(EmbassyRecord::attestation);
    }

    @Transactional(readOnly = true)
    public Optional<WelfareCaseOnRecord> welfareCase(CountryCode embassy, Reference caseRef) {
        return records.findByEmbassyAndKindAndReference(embassy.value(), EmbassyRecordKind.WELFARE_CASE,
                caseRef.value()).map(EmbassyRecord::welfareCase);
    }

    /** The attestations whose current version names a passport the worker holds. */
    @Transactional(readOnly = true)
    public List<AttestationOnRecord> attestationsOf(long workerId) {
        return records.findOfWorker(EmbassyRecordKind.ATTESTATION, workerId).stream()
                .map(EmbassyRecord::attestation).toList();
    }

    /** The attestations whose current version names the office. */
    @Transactional(readOnly = true)
    public List<AttestationOnRecord> attestationsFor(LicenceNo office) {
        return records.findOfOffice(EmbassyRecordKind.ATTESTATION, office.value()).stream()
                .map(EmbassyRecord::attestation).toList();
    }

    /** The welfare cases whose current version is of the category and dated {@code from} to {@code to}, inclusive. */
    @Transactional(readOnly = true)
    public List<WelfareCaseOnRecord> welfareCases(WelfareCategory category, LocalDate from, LocalDate to) {
        return records.findWelfareCases(category, from, to).stream().map(EmbassyRecord::welfareCase).toList();
    }

    /** Attestations held, one per embassy and reference whatever its versions. */
    @Transactional(readOnly = true)
    public long countAttestations() {
        return records.countByKind(EmbassyRecordKind.ATTESTATION);
    }

    /** Welfare cases held, one per embassy and reference whatever its versions. */
    @Transactional(readOnly = true)
    public long countWelfareCases() {
        return records.countByKind(EmbassyRecordKind.WELFARE_CASE);
    }
}
