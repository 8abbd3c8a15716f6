/** Workers' transfers from one employer to another. */
package jo.gov.mol.dwr.registry.transfer;
