/** Intake shared by every channel: duplicate screening, the inbound message log and the durable event queue. */
package jo.gov.mol.dwr.routes.intake;
