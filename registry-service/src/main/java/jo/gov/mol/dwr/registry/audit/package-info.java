/** Who read what of the registry, when, and what they were answered: one audit record per read of a person's data. */
package jo.gov.mol.dwr.registry.audit;
