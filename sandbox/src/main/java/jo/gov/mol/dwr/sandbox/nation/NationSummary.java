package jo.gov.mol.dwr.sandbox.nation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.sandbox.InboxState;

/**
 * The replay summed up: the nation, the messages by channel and outcome, what the registry holds, the flags by rule,
 * the offices' classes where the registry classifies, and the linkage and flag quality against the truth, on lines
 * that start with {@code precision} and {@code recall}.
 *
 * @param embassyFilesToRefuse the embassy files planned to be refused whole (to {@code rejected/})
 * @param flagsByRule  every rule's flags the registry lists, resolved ones included
 * @param period       the period the classification run judged ({@code 2025-01/2025-12})
 * @param offices      the classes the run proposed, judged against the bad offices
 */
record NationSummary(Nation nation, Truth truth, Path truthFile, Map<String, Map<String, Long>> messages,
                     InboxState nightlyFiles, InboxState embassyFiles, int embassyFilesToRefuse, long unapplied,
                     RegistryCounts registry, Map<String, Integer> flagsByRule, String period, OfficeQuality offices,
                     LinkageQuality linkage,
                     FlagQuality flags, Duration replayed, Duration settled) {
    private static final String LINE = "  " + "-".repeat(78);

    /**
     * Every message answered and every file row reported as planned, every file taken and none refused whole but those
     * planned to be, everything applied.
     */
    boolean asExpected() {
        boolean noFailures = messages.values().stream().flatMap(m -> m.keySet().stream())
                .noneMatch(outcome -> outcome.startsWith("unexpected"));
        return noFailures && filesTaken(nightlyFiles, embassyFiles, embassyFilesToRefuse) && unapplied == 0;
    }

    /** Every file taken from the inbox, and none refused whole but the embassy files planned to be. */
    static boolean filesTaken(InboxState nightlyFiles, InboxState embassyFiles, int embassyFilesToRefuse) {
        return nightlyFiles.waiting() == 0 && nightlyFiles.rejected() == 0 && embassyFiles.waiting() == 0
                && embassyFiles.rejected() == embassyFilesToRefuse;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        NationSettings settings = nation.settings();
        out.append("Sandbox nation: done, ").append(asExpected() ? "every message taken and applied" : "NOT every message taken and applied").append('\n');
        out.append(LINE).append('\n');
        row(out, "nation", "seed %d, %d months from %s; %d offices (%d bad on purpose), %d employers, %d persons (%d workers), %d facts"
                .formatted(settings.seed(), settings.months(), settings.start(), nation.offices().size(), nation.badOffices().size(),
                        nation.employers().size(), truth.persons().size(), settings.workers(), nation.steps().size()));
        row(out, "injected", nation.injected().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        row(out, "truth", "%s: %d persons, %d flags expected, %d bad offices".formatted(truthFile, truth.persons().size(),
                truth.flags().size(), truth.badOffices().size()));
        row(out, "replayed", "%.1f s sending, %.1f s for the registry to settle (%d not applied)"
                .formatted(replayed.toMillis() / 1000.0, settled.toMillis() / 1000.0, unapplied));
        out.append(LINE).append('\n');
        messages.forEach((channel, outcomes) -> row(out, channel, outcomes.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        row(out, "border files", "%d nightly files: %d to done/, %d rejected/, %d still in the inbox".formatted(nightlyFiles.files(),
                nightlyFiles.loaded(), nightlyFiles.rejected(), nightlyFiles.waiting()));
        row(out, "embassy files", "%d files: %d to done/, %d rejected/ (%d planned), %d still in the inbox".formatted(
                embassyFiles.files(), embassyFiles.loaded(), embassyFiles.rejected(), embassyFilesToRefuse, embassyFiles.waiting()));
        out.append(LINE).append('\n');
        row(out, "registry", "persons %d, employers %d, offices %d, requests %d, permits %d, complaints %d, absconding %d, transfers %d,"
                .formatted(registry.workers(), registry.employers(), registry.offices(), registry.recruitmentRequests(),
                        registry.workPermits(), registry.complaints(), registry.abscondingReports(), registry.transfers()));
        row(out, "", "crossings %d, attestations %d, welfare cases %d, approval decisions %d, unmatched %d, source messages %d"
                .formatted(registry.crossings(), registry.attestations(), registry.welfareCases(), registry.approvalDecisions(),
                        registry.unmatched(), registry.sourceMessages()));
        flagsByRule.forEach((rule, n) -> row(out, "flags", "%-28s %5d raised (any status)%s".formatted(rule, n,
                flags.byRule().containsKey(rule) ? ", %d expected (rule, subject, episode)".formatted(flags.byRule().get(rule).expected()) : "")));
        row(out, "offices", "classes proposed for %s (awaiting a regulator): %s".formatted(period,
                offices.byClass().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        offices.rated().forEach(o -> row(out, "rated office", o.describe()));
        offices.bad().forEach(o -> row(out, "bad office", o.describe()));
        out.append(LINE).append('\n');
        out.append("precision linkage %.4f (%d of the %d record pairs the registry put on one person are one person)%n"
                .formatted(linkage.precision(), linkage.rightPairs(), linkage.joinedPairs()));
        out.append("recall linkage %.4f (%d of the %d record pairs that are one person are on one registry person; %d of %d records on no person)%n"
                .formatted(linkage.recall(), linkage.rightPairs(), linkage.truePairs(), linkage.unplaced(), linkage.records()));
        FlagQuality.Counts total = flags.total();
        out.append("precision flags %.4f (%d of the %d flags raised and not resolved each stand for an expected (rule, subject, episode) no other flag stands for)%n"
                .formatted(FlagQuality.precision(total), total.right(), total.raised()));
        out.append("recall flags %.4f (%d of the %d expected (rule, subject, episode) situations raised)%n"
                .formatted(FlagQuality.recall(total), total.right(), total.expected()));
        flags.byRule().forEach((rule, c) -> {
            if (c.expected() > 0 || c.raised() > 0) {
                out.append(String.format(Locale.ROOT, "recall flags %-28s %.2f (%d of %d; precision %.2f, %d raised)%n", rule,
                        FlagQuality.recall(c), c.right(), c.expected(), FlagQuality.precision(c), c.raised()));
            }
        });
        out.append("precision offices %.4f (%d of the %d offices ACTIVE at the end proposed C or D are bad on purpose)%n"
                .formatted(offices.precision(), offices.rightly(), offices.flagged()));
        out.append("recall offices %.4f (%d of the %d bad offices rated proposed C or D; %d too small to rate)%n"
                .formatted(offices.recall(), offices.found(), offices.badRated(), offices.bad().size() - offices.badRated()));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String text) {
        out.append(String.format(Locale.ROOT, "  %-14s %s%n", label, text));
    }
}
