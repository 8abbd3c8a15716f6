/** Workers: passport identities (issuing state and folded passport number), each held by a registry person. */
package jo.gov.mol.dwr.registry.worker;
