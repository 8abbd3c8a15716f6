/** The hub's embedded broker: who may reach it over TCP, and what each role may do. */
package jo.gov.mol.dwr.routes.broker;
