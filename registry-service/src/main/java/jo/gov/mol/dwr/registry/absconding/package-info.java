/** Employers' reports that a worker left them. */
package jo.gov.mol.dwr.registry.absconding;
