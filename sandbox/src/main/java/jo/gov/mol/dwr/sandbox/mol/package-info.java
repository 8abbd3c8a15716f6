/**
 * The Ministry of Labour's Domestic Workers System, simulated: a seeded stream of its six messages, sent over SOAP,
 * and its notices service, which the hub delivers to.
 */
package jo.gov.mol.dwr.sandbox.mol;
