package jo.gov.mol.dwr.registry.flag;

/** How many flags of one rule, severity and status. */
record FlagCount(RuleCode rule, Severity severity, FlagStatus status, long count) {
}
