/**
 * Office classification (policy.md): every licensed office's class for a period, computed from its placements,
 * complaints, welfare cases, absconding reports, permits, MoI decisions, attestations, flags and approvals, reviewed
 * by regulators, and sent to MoL when it comes into force.
 */
package jo.gov.mol.dwr.registry.classification;
