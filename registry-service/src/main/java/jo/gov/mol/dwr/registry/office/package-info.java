/** Recruitment offices and every version of their licence. */
package jo.gov.mol.dwr.registry.office;
