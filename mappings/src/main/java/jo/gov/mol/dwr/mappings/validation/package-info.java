/** Stable error codes and the problems found in inbound messages, each naming its field. */
package jo.gov.mol.dwr.mappings.validation;
