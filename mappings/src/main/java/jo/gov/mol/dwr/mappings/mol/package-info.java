/** The Ministry of Labour DWS contract: request elements to canonical facts. */
package jo.gov.mol.dwr.mappings.mol;
