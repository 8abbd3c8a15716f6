/** ICAO 9303 machine readable zones: the two lines of a TD3 passport MRZ read, with every check digit checked. */
package jo.gov.mol.dwr.mappings.border.mrz;
