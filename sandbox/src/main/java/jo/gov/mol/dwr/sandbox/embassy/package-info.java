/**
 * The sending countries' embassies, simulated on both sides of the hub: their attestations and welfare cases in
 * (PHL's JSON events, LKA's XML exports, the other embassies' CSV files) and the hub's arrival and departure notices
 * out (the Philippine embassy's notices service, the notice files in the outbox).
 */
package jo.gov.mol.dwr.sandbox.embassy;
