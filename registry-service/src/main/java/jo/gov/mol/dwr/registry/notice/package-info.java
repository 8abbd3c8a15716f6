/**
 * Notices the registry decided are due to outside systems: recorded in the registry's database with the fact that
 * made them due, and handed to the hub on its durable queue after commit, at least once, each under its own id.
 */
package jo.gov.mol.dwr.registry.notice;
