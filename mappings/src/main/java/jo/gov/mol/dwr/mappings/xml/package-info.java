/** Safe XML parsing and schema validation that names every problem by its field path. */
package jo.gov.mol.dwr.mappings.xml;
