/**
 * A worker's dossier for auditors and regulators: the registry person as the records of every system describe them,
 * and their timeline of events from every system with the source message of each (interfaces.md 6,
 * {@code /api/workers}). In the API a "worker" is a linked person, whatever passports they held.
 */
package jo.gov.mol.dwr.registry.dossier;
