package jo.gov.mol.dwr.registry.reference;

/** The eight metrics of an office's classification (policy.md, "Office classification"), in the policy's order. */
public enum MetricCode {
    SUBSTANTIATED_COMPLAINTS, WELFARE_CASES, ABSCONDING_REPORTS, PERMITS_ON_TIME, MOI_REJECTIONS,
    ATTESTATION_REFUSALS, SERIOUS_FLAGS, UNUSED_APPROVALS
}
