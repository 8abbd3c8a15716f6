/** Employers as recruitment requests describe them. */
package jo.gov.mol.dwr.registry.employer;
