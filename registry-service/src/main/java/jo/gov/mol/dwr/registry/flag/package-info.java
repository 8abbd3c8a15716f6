/**
 * Anomaly flags (policy.md): the catalogue of rules, their evaluation on a subject's facts, one flag per situation
 * with its evidence, the auditors' review, and the sweep of the rules that depend on time passing.
 */
package jo.gov.mol.dwr.registry.flag;
