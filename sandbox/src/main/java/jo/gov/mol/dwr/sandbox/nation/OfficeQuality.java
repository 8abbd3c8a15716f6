package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;


/**
 * The classification run judged against the offices the nation made bad on purpose: the class the run proposed for
 * each office (awaiting a regulator, or the class in force where nothing is pending), and whether the bad offices are
 * the ones it put under watch or failing (C or D). An office not ACTIVE at the end of the period is D whatever its
 * record (policy.md), so precision is judged on the offices ACTIVE then; an office with too few placed workers is UNRATED, and a bad one so
 * classed counts as not found.
 *
 * @param byClass   how many offices got each class, UNRATED and "none" (never classified) included
 * @param rated     each office ACTIVE at the end that placed enough workers to be rated, as classified
 * @param bad       each bad office as classified
 * @param flagged   the offices ACTIVE at the end of the period proposed C or D
 * @param rightly   of them, the bad ones
 */
record OfficeQuality(Map<String, Long> byClass, List<Classed> rated, List<Classed> bad, int flagged, int rightly) {
    private static final Set<String> UNDER_WATCH = Set.of("C", "D");

    /**
     * One office's class, score and workers placed in the period, as the pending classification gives them, or else
     * the class in force (which shows no count of placed workers at its top).
     */
    record Classed(String licenceNo, String officeClass, String score, long placed) {
        static Classed of(String licenceNo, JsonNode office) {
            JsonNode latest = office.path("pending").isObject() ? office.path("pending") : office;
            return new Classed(licenceNo, latest.path("class").asText("none"), latest.path("score").asText("-"),
                    latest.path("placed").asLong());
        }

        boolean underWatch() {
            return UNDER_WATCH.contains(officeClass);
        }

        String describe() {
            return "%s: %s (score %s, %d placed)".formatted(licenceNo, officeClass, score, placed);
        }

        boolean rated() {
            return !"UNRATED".equals(officeClass) && !"none".equals(officeClass);
        }
    }

    /**
     * @param offices    the nation's offices
     * @param lastDay    the period's last day
     * @param classified every office the registry lists (GET /api/offices)
     */
    static OfficeQuality of(List<Office> offices, LocalDate lastDay, List<JsonNode> classified) {
        Map<String, JsonNode> byLicence = new TreeMap<>();
        classified.forEach(o -> byLicence.put(o.path("licenceNo").asText(), o));
        Map<String, Long> byClass = new TreeMap<>();
        List<Classed> rated = new ArrayList<>();
        List<Classed> bad = new ArrayList<>();
        int flagged = 0;
        int rightly = 0;
        for (Office office : offices) {
            Classed classed = Classed.of(office.licenceNo(), byLicence.getOrDefault(office.licenceNo(), missing()));
            byClass.merge(classed.officeClass(), 1L, Long::sum);
            if (office.bad()) {
                bad.add(classed);
            }
            if (office.isActiveOn(lastDay) && classed.rated()) {
                rated.add(classed);
            }
            if (office.isActiveOn(lastDay) && classed.underWatch()) {
                flagged++;
                rightly += office.bad() ? 1 : 0;
            }
        }
        return new OfficeQuality(byClass, List.copyOf(rated), List.copyOf(bad), flagged, rightly);
    }

    private static JsonNode missing() {
        return MissingNode.getInstance();
    }

    /** Of the offices ACTIVE at the end of the period and proposed C or D, the share that are bad on purpose. */
    double precision() {
        return flagged == 0 ? 1 : (double) rightly / flagged;
    }

    /** Of the bad offices the run could rate, the share proposed C or D. */
    double recall() {
        long rated = badRated();
        return rated == 0 ? 1 : (double) found() / rated;
    }

    /** The bad offices that placed enough workers to be rated. */
    long badRated() {
        return bad.stream().filter(Classed::rated).count();
    }

    /** The bad offices proposed C or D. */
    long found() {
        return bad.stream().filter(Classed::underWatch).count();
    }
}
