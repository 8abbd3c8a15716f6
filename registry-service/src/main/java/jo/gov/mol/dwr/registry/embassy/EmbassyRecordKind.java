package jo.gov.mol.dwr.registry.embassy;

/** The two kinds of record an embassy keeps of a worker (interfaces.md 4); a reference is unique within a kind. */
enum EmbassyRecordKind {
    ATTESTATION, WELFARE_CASE
}
