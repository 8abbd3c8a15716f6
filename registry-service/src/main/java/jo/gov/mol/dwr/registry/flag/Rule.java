package jo.gov.mol.dwr.registry.flag;

import java.util.List;

/** One rule of the catalogue: the situations it finds in a person's facts, each once. */
interface Rule {

    RuleCode code();

    List<Finding> findings(PersonFacts facts, FlagContext context);
}
