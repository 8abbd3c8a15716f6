/**
 * The sending countries' embassies in Amman (interfaces.md 4): the arrival and departure notices the hub sends
 * them, by each embassy's own channel (JSON over HTTP for PHL, CSV files for the others).
 */
package jo.gov.mol.dwr.routes.embassy;
