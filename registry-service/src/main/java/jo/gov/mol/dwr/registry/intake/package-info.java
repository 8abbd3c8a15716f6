/** Takes canonical events off the durable queue and applies each exactly once, in one database transaction. */
package jo.gov.mol.dwr.registry.intake;
