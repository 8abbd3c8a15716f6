package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/** A name as one source wrote it in one script, as tokens of the common Latin form, in the source's own order. */
public record NameForm(Script script, List<NameToken> tokens) {

    public NameForm {
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return String.join(" ", tokens.stream().map(NameToken::text).toList());
    }
}
