/**
 * Registry persons: every record that carries a name and a birth date linked to a person by the linkage engine,
 * with the reason kept; uncertain links reviewed by people; merges and splits recorded and reversible.
 */
package jo.gov.mol.dwr.registry.person;
