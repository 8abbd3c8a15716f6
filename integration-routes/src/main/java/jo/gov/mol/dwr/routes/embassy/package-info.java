/**
 * The sending countries' embassies in Amman (interfaces.md 4), each by its own channel: the Philippine embassy's JSON
 * events in and notices out over HTTP; Sri Lanka's XML exports and the other embassies' CSV files in from the inbox,
 * and their notices out as files.
 */
package jo.gov.mol.dwr.routes.embassy;
