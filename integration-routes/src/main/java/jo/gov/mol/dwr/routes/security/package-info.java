/** Who may call the hub: system accounts per channel, people for administration. */
package jo.gov.mol.dwr.routes.security;
