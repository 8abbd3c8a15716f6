/** The canonical model: immutable facts and identifier value objects, the one vocabulary of hub and registry. */
package jo.gov.mol.dwr.mappings.canonical;
