package jo.gov.mol.dwr.registry.embassy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.registry.linkage.PersonRecord;
import jo.gov.mol.dwr.registry.linkage.SourceKind;
import jo.gov.mol.dwr.registry.person.PersonLinker;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.IdentitySource;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Keeps each version of an embassy record, of either kind, against the worker (passport identity) who holds the
 * passport it names, created from the embassy's description when none does ({@link Workers#holderOf}); an embassy
 * record carries a name and a birth date, so each version links to a registry person or creates one
 * (interfaces.md, conventions; {@link PersonLinker}).
 * <p>
 * The versions of one record normally share a passport, hence the hub's message group, and arrive one at a time.
 * Two first versions applied at once (a passport corrected between versions) meet the unique embassy, kind and
 * reference: the loser rolls back, and its redelivery finds the record.
 */
@Component
class EmbassyRecordKeeper {
    private final EmbassyRecordRepository records;
    private final Workers workers;
    private final PersonLinker persons;

    EmbassyRecordKeeper(EmbassyRecordRepository records, Workers workers, PersonLinker persons) {
        this.records = records;
        this.workers = workers;
        this.persons = persons;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void keep(ContractAttested attested, Provenance provenance) {
        keep(EmbassyRecordKind.ATTESTATION, attested.embassy(), attested.attestationRef(), attested.worker(),
                EmbassyRecordTerms.of(attested), provenance);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void keep(WelfareCaseRecorded welfareCase, Provenance provenance) {
        keep(EmbassyRecordKind.WELFARE_CASE, welfareCase.embassy(), welfareCase.caseRef(), welfareCase.worker(),
                EmbassyRecordTerms.of(welfareCase), provenance);
    }

    private void keep(EmbassyRecordKind kind, CountryCode embassy, Reference reference, WorkerIdentity worker,
                      EmbassyRecordTerms terms, Provenance provenance) {
        long workerId = workers.holderOf(worker, IdentitySource.EMBASSY_RECORD, provenance);
        persons.link(kind == EmbassyRecordKind.ATTESTATION ? RecordKind.ATTESTATION : RecordKind.WELFARE_CASE,
                reference.value(), PersonRecord.of(SourceKind.EMBASSY, worker), workerId, provenance);
        records.findByEmbassyAndKindAndReference(embassy.value(), kind, reference.value()).ifPresentOrElse(
                record -> record.record(terms, workerId, provenance),
                () -> records.save(EmbassyRecord.first(kind, embassy, reference, terms, workerId, provenance)));
    }
}
