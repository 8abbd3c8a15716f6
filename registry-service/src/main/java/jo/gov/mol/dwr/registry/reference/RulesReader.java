package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.registry.api.RequestRefused;

/**
 * Reads a posted rule set, or one country's changed rule, checking every field and naming each bad one by its JSON
 * pointer ({@code /bilateral/PHL/minimumAge}); the seed is read the same way. The bounds are sanity bounds, wide
 * enough for any policy and narrow enough to catch a typing slip (an age of 230, a share of 10).
 */
final class RulesReader {
    static final int MAX_REASON = 2000;
    private static final int MIN_AGE = 14;
    private static final int MAX_AGE = 60;
    private static final int MAX_DAYS = 3650;
    private static final int MAX_MONTHS = 120;
    private static final int MAX_COUNT = 10_000;
    private static final int TOTAL_WEIGHT = 100;
    private static final Predicate<BigDecimal> POSITIVE = value -> value.signum() > 0;
    private static final Predicate<BigDecimal> NOT_NEGATIVE = value -> value.signum() >= 0;
    private static final Predicate<BigDecimal> SHARE = value -> value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;

    private final FieldReader read = new FieldReader();

    private RulesReader() {
    }

    /** @throws RequestRefused 400 naming every field that is missing or wrong */
    static NewRuleSet newRuleSet(JsonNode body) {
        RulesReader reader = new RulesReader();
        return reader.read.result(reader.ruleSet(body));
    }

    /** @throws RequestRefused 400 naming every field that is missing or wrong */
    static BilateralChange bilateralChange(JsonNode body) {
        RulesReader reader = new RulesReader();
        return reader.read.result(reader.change(body));
    }

    private NewRuleSet ruleSet(JsonNode body) {
        if (!body.isObject()) {
            read.problem("", FieldReader.INVALID_VALUE, "the body must be a JSON object");
            return null;
        }
        int mark = read.mark();
        var effectiveFrom = read.date(body, "/effectiveFrom");
        var reason = read.text(body, "/reason", MAX_REASON);
        var bilateral = bilateral(body);
        var usdPerJod = read.decimal(body, "/usdPerJod", POSITIVE, "more than 0");
        var flags = flags(body);
        var classification = classification(body);
        return read.build(mark, () -> new NewRuleSet(effectiveFrom, reason,
                new Rules(bilateral, usdPerJod, flags, classification)));
    }

    private BilateralChange change(JsonNode body) {
        if (!body.isObject()) {
            read.problem("", FieldReader.INVALID_VALUE, "the body must be a JSON object");
            return null;
        }
        int mark = read.mark();
        var effectiveFrom = read.date(body, "/effectiveFrom");
        var reason = read.text(body, "/reason", MAX_REASON);
        var rule = rule(body, "");
        return read.build(mark, () -> new BilateralChange(effectiveFrom, reason, rule));
    }

    private Map<SendingCountry, BilateralRule> bilateral(JsonNode body) {
        JsonNode countries = read.object(body, "/bilateral");
        if (countries == null) {
            return null;
        }
        int mark = read.mark();
        Map<SendingCountry, BilateralRule> rules = new EnumMap<>(SendingCountry.class);
        for (SendingCountry country : SendingCountry.values()) {
            String at = "/bilateral/" + country;
            JsonNode rule = read.object(countries, at);
            if (rule != null) {
                rules.put(country, rule(rule, at));
            }
        }
        for (Iterator<String> names = countries.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (SendingCountry.of(name).isEmpty()) {
                read.problem("/bilateral/" + escaped(name), "unknown_nationality", "'" + name
                        + "' is not a sending country with a bilateral agreement; they are " + List.of(SendingCountry.values()));
            }
        }
        return read.build(mark, () -> rules);
    }

    private BilateralRule rule(JsonNode rule, String at) {
        int mark = read.mark();
        var deployment = read.word(rule, at + "/deployment", Deployment.class);
        var minimumAge = read.integer(rule, at + "/minimumAge", MIN_AGE, MAX_AGE);
        var minimumSalary = read.decimal(rule, at + "/minimumMonthlySalaryUsd", POSITIVE, "more than 0");
        var attestationRequired = read.bool(rule, at + "/attestationRequired");
        return read.build(mark, () -> new BilateralRule(deployment, minimumAge, minimumSalary, attestationRequired));
    }

    private FlagThresholds flags(JsonNode body) {
        JsonNode flags = read.object(body, "/flags");
        if (flags == null) {
            return null;
        }
        int mark = read.mark();
        var adultAge = read.integer(flags, "/flags/adultAge", MIN_AGE, MAX_AGE);
        var salaryMismatchShare = read.decimal(flags, "/flags/salaryMismatchShare", SHARE, "from 0 to 1");
        var noPermitDays = days(flags, "/flags/noPermitDays");
        var retaliationDays = days(flags, "/flags/retaliationDays");
        var frequentTransfers = occurrences(flags, "/flags/frequentTransfers");
        var welfareCaseOpenDays = days(flags, "/flags/welfareCaseOpenDays");
        var openWelfareCategories = words(flags, "/flags/openWelfareCategories", WelfareCategory.class);
        var missingWorkerDays = days(flags, "/flags/missingWorkerDays");
        var repeatAbuseComplaints = occurrences(flags, "/flags/repeatAbuseComplaints");
        var abuseCategories = words(flags, "/flags/abuseCategories", ComplaintCategory.class);
        var overstayDays = days(flags, "/flags/overstayDays");
        return read.build(mark, () -> new FlagThresholds(adultAge, salaryMismatchShare, noPermitDays, retaliationDays,
                frequentTransfers, welfareCaseOpenDays, openWelfareCategories, missingWorkerDays,
                repeatAbuseComplaints, abuseCategories, overstayDays));
    }

    private Integer days(JsonNode parent, String at) {
        return read.integer(parent, at, 1, MAX_DAYS);
    }

    private Occurrences occurrences(JsonNode parent, String at) {
        JsonNode node = read.object(parent, at);
        if (node == null) {
            return null;
        }
        int mark = read.mark();
        var atLeast = read.integer(node, at + "/atLeast", 1, MAX_COUNT);
        var withinMonths = read.integer(node, at + "/withinMonths", 1, MAX_MONTHS);
        return read.build(mark, () -> new Occurrences(atLeast, withinMonths));
    }

    /** A non-empty list of words, each named by its index when wrong. */
    private <E extends Enum<E>> Set<E> words(JsonNode parent, String at, Class<E> type) {
        JsonNode list = read.array(parent, at);
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            read.problem(at, FieldReader.MISSING, at + " must name at least one of " + List.of(type.getEnumConstants()));
            return null;
        }
        int mark = read.mark();
        Set<E> words = EnumSet.noneOf(type);
        for (int i = 0; i < list.size(); i++) {
            E word = read.wordAt(list.get(i), at + "/" + i, type);
            if (word != null) {
                words.add(word);
            }
        }
        return read.build(mark, () -> words);
    }

    private ClassificationRules classification(JsonNode body) {
        String at = "/classification";
        JsonNode classification = read.object(body, at);
        if (classification == null) {
            return null;
        }
        int mark = read.mark();
        var periodMonths = read.integer(classification, at + "/periodMonths", 1, MAX_MONTHS);
        var minimumPlaced = read.integer(classification, at + "/minimumPlaced", 1, MAX_COUNT);
        var shrinkageK = read.integer(classification, at + "/shrinkageK", 0, MAX_COUNT);
        var bands = bands(classification, at + "/bands");
        var permitOnTimeDays = days(classification, at + "/permitOnTimeDays");
        var metrics = metrics(classification, at + "/metrics");
        return read.build(mark, () -> new ClassificationRules(periodMonths, minimumPlaced, shrinkageK, bands,
                permitOnTimeDays, metrics));
    }

    private Bands bands(JsonNode parent, String at) {
        JsonNode node = read.object(parent, at);
        if (node == null) {
            return null;
        }
        int mark = read.mark();
        var a = read.integer(node, at + "/a", 0, TOTAL_WEIGHT);
        var b = read.integer(node, at + "/b", 0, TOTAL_WEIGHT);
        var c = read.integer(node, at + "/c", 0, TOTAL_WEIGHT);
        if (read.mark() == mark) {
            if (a <= b) {
                read.problem(at + "/a", "out_of_order", "the lowest score of A (" + a + ") must be above B's (" + b + ")");
            }
            if (b <= c) {
                read.problem(at + "/b", "out_of_order", "the lowest score of B (" + b + ") must be above C's (" + c + ")");
            }
        }
        return read.build(mark, () -> new Bands(a, b, c));
    }

    private List<MetricDefinition> metrics(JsonNode parent, String at) {
        JsonNode list = read.array(parent, at);
        if (list == null) {
            return null;
        }
        int mark = read.mark();
        List<MetricDefinition> metrics = new ArrayList<>();
        EnumSet<MetricCode> seen = EnumSet.noneOf(MetricCode.class);
        for (int i = 0; i < list.size(); i++) {
            String metricAt = at + "/" + i;
            MetricDefinition metric = metric(list.get(i), metricAt);
            if (metric != null && !seen.add(metric.code())) {
                read.problem(metricAt + "/code", "duplicate_metric", metric.code() + " is defined twice");
            }
            metrics.add(metric);
        }
        Set<MetricCode> absent = EnumSet.complementOf(seen);
        if (read.mark() == mark && !absent.isEmpty()) {
            read.problem(at, "missing_metric", "every metric must be defined; missing " + absent);
        }
        if (read.mark() == mark) {
            int total = metrics.stream().mapToInt(MetricDefinition::weight).sum();
            if (total != TOTAL_WEIGHT) {
                read.problem(at, "weights_not_100", "the metrics' weights must sum to " + TOTAL_WEIGHT + ", not " + total);
            }
        }
        return read.build(mark, () -> metrics);
    }

    private MetricDefinition metric(JsonNode node, String at) {
        if (!node.isObject()) {
            read.problem(at, FieldReader.INVALID_VALUE, at + " must be an object");
            return null;
        }
        int mark = read.mark();
        var code = read.word(node, at + "/code", MetricCode.class);
        var unit = read.word(node, at + "/unit", MetricUnit.class);
        Predicate<BigDecimal> allowed = unit == MetricUnit.SHARE ? SHARE : NOT_NEGATIVE;
        String allowedText = unit == MetricUnit.SHARE ? "a share from 0 to 1" : "0 or more";
        var fullPointsAt = read.decimal(node, at + "/fullPointsAt", allowed, allowedText);
        var noPointsAt = read.decimal(node, at + "/noPointsAt", allowed, allowedText);
        var weight = read.integer(node, at + "/weight", 0, TOTAL_WEIGHT);
        if (fullPointsAt != null && noPointsAt != null && fullPointsAt.compareTo(noPointsAt) == 0) {
            read.problem(at + "/noPointsAt", "same_as_full_points", "full and no points cannot both be at "
                    + fullPointsAt.toPlainString());
        }
        return read.build(mark, () -> new MetricDefinition(code, unit, fullPointsAt, noPointsAt, weight));
    }

    /** A member name as a JSON pointer step (RFC 6901). */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
