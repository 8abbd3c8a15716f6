/** The border crossings channel: real-time JMS and the nightly reconciliation files of each crossing point. */
package jo.gov.mol.dwr.routes.border;
