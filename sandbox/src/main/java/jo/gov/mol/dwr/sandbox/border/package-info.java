/**
 * The Public Security Directorate's border posts, simulated: crossings of the sandbox's workers and of other
 * travellers, with their passports' machine readable zones, sent in real time over the hub's broker (some lost on
 * purpose) and again in the nightly files.
 */
package jo.gov.mol.dwr.sandbox.border;
