package jo.gov.mol.dwr.registry.flag;

/** What a flag is raised on: a linked person, an office (by licence) or an employer (by national number). */
public enum SubjectType {
    PERSON, OFFICE, EMPLOYER
}
