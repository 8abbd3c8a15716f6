/** Accepted records still waiting for their subject (a worker, a recruitment request), listed in one place. */
package jo.gov.mol.dwr.registry.unmatched;
