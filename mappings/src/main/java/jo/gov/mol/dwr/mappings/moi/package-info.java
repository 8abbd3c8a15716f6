/** The Ministry of Interior approvals contract: decisions to canonical facts. */
package jo.gov.mol.dwr.mappings.moi;
