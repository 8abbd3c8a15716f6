/** One delivery mechanism for every outbound message: the outbox, retries with backoff, dead letters, re-drive. */
package jo.gov.mol.dwr.routes.delivery;
