package jo.gov.mol.dwr.registry.person;

/** Why a change to persons was refused; the code is stable, the same in logs and API problem bodies. */
public enum PersonError {
    /** No person, record, link or review item has this id. */
    NOT_FOUND("not_found"),
    /** The review item was confirmed or rejected already. */
    REVIEW_NOT_OPEN("review_not_open"),
    /** The person named is not among the review item's candidates. */
    NOT_A_CANDIDATE("not_a_candidate"),
    /** A person decided the two are different people (a rejected review or a split); withdraw that first. */
    CANNOT_LINK("cannot_link"),
    /** The two ids name one person already (directly or through merges). */
    SAME_PERSON("same_person"),
    /** The person was merged into another already; merge or split the survivor instead. */
    ALREADY_MERGED("already_merged"),
    /** Only a merged person can be separated again. */
    NOT_MERGED("not_merged"),
    /** The record is its person's only one: there is nothing to split it from. */
    ONLY_RECORD("only_record"),
    /** The event named is not a split, or was undone already. */
    NOT_A_SPLIT("not_a_split");

    private final String code;

    PersonError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
