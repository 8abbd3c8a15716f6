/** Embassies' contract attestations and welfare cases, every version kept, each linked to its worker. */
package jo.gov.mol.dwr.registry.embassy;
