/** The border crossings channel: real-time JMS (and, later, the nightly reconciliation files). */
package jo.gov.mol.dwr.routes.border;
