/** The tamper-evident chain over the inbound message log, and its check. */
package jo.gov.mol.dwr.routes.messagelog;
