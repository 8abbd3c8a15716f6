/**
 * The administrators' one list of dead letters: outbound deliveries that failed for good and inbound messages
 * refused on channels that cannot answer, with the re-drive of the outbound ones.
 */
package jo.gov.mol.dwr.routes.deadletter;
