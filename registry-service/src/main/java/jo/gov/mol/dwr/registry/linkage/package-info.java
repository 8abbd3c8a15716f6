/**
 * Person linkage: standardises what each source says about a person and decides, Fellegi-Sunter style, whether a
 * record is a registry person already known (LINK), needs a person's eye (REVIEW) or is someone new (NEW), keeping
 * the weight of every field so that each decision can be explained.
 */
package jo.gov.mol.dwr.registry.linkage;
