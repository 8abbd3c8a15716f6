/**
 * The sending countries' embassies, simulated on the hub's outbound side: the Philippine embassy's notices service
 * (REST) and the notice files the hub leaves for the other embassies.
 */
package jo.gov.mol.dwr.sandbox.embassy;
