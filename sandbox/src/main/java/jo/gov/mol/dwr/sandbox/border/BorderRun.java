package jo.gov.mol.dwr.sandbox.border;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.sandbox.CrossingFact;

/**
 * What the border simulator did in one run.
 *
 * @param crossings every crossing, earliest first, lost ones included
 * @param approved  the approved workers it could have seen entering
 * @param files     the nightly files written, by name
 * @param link      the queue, broker URL and user the real-time messages went through
 * @param sending   how long the real-time messages and the files took
 */
public record BorderRun(List<Crossing> crossings, int approved, List<String> files, String link, Duration sending) {

    public BorderRun {
        crossings = List.copyOf(crossings);
        files = List.copyOf(files);
    }

    public long sent() {
        return crossings.stream().filter(c -> !c.lost()).count();
    }

    public long lost() {
        return crossings.stream().filter(Crossing::lost).count();
    }

    public long workerCrossings(Direction direction) {
        return crossings.stream().filter(c -> c.traveller().isDomesticWorker() && c.direction() == direction).count();
    }

    public long otherTravellers() {
        return crossings.stream().filter(c -> !c.traveller().isDomesticWorker()).count();
    }

    /** The crossings of domestic workers, each of which MoL and the worker's embassy are to hear of. */
    public Set<CrossingFact> noticesDue() {
        return crossings.stream().filter(c -> c.traveller().isDomesticWorker()).map(Crossing::fact).collect(Collectors.toSet());
    }
}
