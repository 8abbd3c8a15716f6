package jo.gov.mol.dwr.registry.linkage;

/**
 * One word of a name in the common Latin form (upper-case ASCII letters), with the keys on which spellings of it
 * meet: its Double Metaphone codes (spelling variants of one sound) and its consonant skeleton (Arabic script).
 *
 * @param particle a connecting word (DELA, BIN, AL, …) that says little about who someone is
 */
public record NameToken(String text, String phonetic, String phoneticAlternate, String skeleton, boolean particle) {
}
