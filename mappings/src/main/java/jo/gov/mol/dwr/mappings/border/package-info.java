/** The Public Security Directorate's border crossings: the real-time message and the nightly-file row, one mapping to the canonical crossing. */
package jo.gov.mol.dwr.mappings.border;
