package jo.gov.mol.dwr.sandbox.nation;

import java.util.List;
import java.util.Objects;

/** The noise planned for a replay, counted before it starts, as the replay's opening lines print it. */
final class PlannedNoise {
    private PlannedNoise() {
    }

    static List<String> lines(Nation nation, DeliveryNoise noise) {
        long renewed = nation.journeys().stream()
                .filter(j -> j.steps().stream().map(Step::passportNo).filter(Objects::nonNull).distinct().count() > 1).count();
        long lost = nation.steps().stream().filter(s -> s instanceof Step.Crossed c && c.lost()).count();
        return List.of(
                "in the nation %d persons with names the MRZ cuts, %d MoL requests typed family name first, %d with a typo; %d passports renewed"
                        .formatted(NameNoise.cutByTheMrz(nation), NameNoise.typedFamilyNameFirst(nation), NameNoise.mistyped(nation),
                                renewed),
                "on the way %d messages go twice, %d days late, %d first broken; %d embassy names mistyped; %d crossings lost in real time, %d held back past their nightly file"
                        .formatted(noise.count(DeliveryNoise.Twist::twice), noise.count(t -> t.daysLate() > 0),
                                noise.count(DeliveryNoise.Twist::brokenFirst), noise.count(DeliveryNoise.Twist::misspelt), lost,
                                noise.count(t -> t.daysHeld() > 0)),
                "files: %d nightly and %d embassy files days late, %d embassy files re-exported, %d embassy CSV files refused whole first; %d rows written broken"
                        .formatted(noise.nightlyFiles(f -> f.daysLate() > 0), noise.embassyFiles(f -> f.daysLate() > 0),
                                noise.embassyFiles(f -> f.reExportedAfter() > 0),
                                noise.embassyFiles(DeliveryNoise.FileTwist::refusedFirst), noise.count(DeliveryNoise.Twist::badRow)));
    }
}
