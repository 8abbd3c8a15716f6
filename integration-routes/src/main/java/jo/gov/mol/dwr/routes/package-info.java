/** The hub: Camel routes that speak each outside system's interface and feed the registry through one durable queue. */
package jo.gov.mol.dwr.routes;
