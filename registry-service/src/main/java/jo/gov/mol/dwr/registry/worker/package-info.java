/** Workers, keyed for now by issuing state and folded passport number, and the records still waiting for theirs. */
package jo.gov.mol.dwr.registry.worker;
