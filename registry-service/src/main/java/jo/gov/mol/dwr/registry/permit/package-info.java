/** MoL work permits and every version of each. */
package jo.gov.mol.dwr.registry.permit;
