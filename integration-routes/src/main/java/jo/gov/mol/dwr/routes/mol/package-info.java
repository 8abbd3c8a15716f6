/** The Ministry of Labour's events channel: SOAP in, Ack out. */
package jo.gov.mol.dwr.routes.mol;
