/** The sandbox application: hub, registry and simulators in one process, with its data directory and broker. */
package jo.gov.mol.dwr.sandbox;
