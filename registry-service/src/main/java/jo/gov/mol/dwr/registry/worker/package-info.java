/** Workers, keyed for now by issuing state and folded passport number. */
package jo.gov.mol.dwr.registry.worker;
