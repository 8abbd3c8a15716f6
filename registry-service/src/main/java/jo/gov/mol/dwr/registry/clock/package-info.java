/** The registry's one clock: what "now" and "today in Amman" are, replaceable by the sandbox that drives time. */
package jo.gov.mol.dwr.registry.clock;
