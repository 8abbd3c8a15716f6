package jo.gov.mol.dwr.registry.classification;

import java.util.Map;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;

/**
 * What a classification run did: the period and rule set version it judged by, how many offices it classified,
 * how many of them fell in each class, how many got a new proposal and how many kept what they had (the same
 * result as their latest classification).
 */
public record RunSummary(String period, int ruleSetVersion, int offices, Map<OfficeClass, Long> byClass,
                         int newProposals, int unchanged) {
    public RunSummary {
        byClass = Map.copyOf(byClass);
    }
}
