/** MoL recruitment requests and every version of each. */
package jo.gov.mol.dwr.registry.recruitment;
