/**
 * Reference data: the bilateral rules and every policy threshold as versioned rule sets with effective dates,
 * read by flags and classification through {@link jo.gov.mol.dwr.registry.reference.ReferenceData} and changed by
 * ADMIN under {@code /api/admin/reference}.
 */
package jo.gov.mol.dwr.registry.reference;
