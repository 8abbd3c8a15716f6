/** The registry's copy of every applied source message: the idempotency key and the evidence behind each fact. */
package jo.gov.mol.dwr.registry.source;
