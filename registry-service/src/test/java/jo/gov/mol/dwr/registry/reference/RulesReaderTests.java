package jo.gov.mol.dwr.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jo.gov.mol.dwr.registry.api.FieldProblem;
import jo.gov.mol.dwr.registry.api.RequestRefused;

/** A posted rule set is refused with every bad field named by its pointer, or read whole. */
class RulesReaderTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheSeedsShape() throws Exception {
        ObjectNode body = seed();

        assertThat(RulesReader.newRuleSet(body)).isEqualTo(DefaultRuleSet.read());
    }

    @Test
    void namesEveryMissingPart() {
        ObjectNode body = seed();
        body.remove("reason");
        body.remove("usdPerJod");
        ((ObjectNode) body.get("bilateral")).remove("NPL");
        ((ObjectNode) body.at("/bilateral/PHL")).remove("minimumAge");
        ((ObjectNode) body.get("flags")).putNull("overstayDays");

        assertThat(problems(body)).containsExactlyInAnyOrder(
                "/reason missing", "/usdPerJod missing", "/bilateral/NPL missing", "/bilateral/PHL/minimumAge missing",
                "/flags/overstayDays missing");
    }

    @Test
    void namesEveryValueOutOfItsRange() {
        ObjectNode body = seed();
        ((ObjectNode) body.at("/bilateral/LKA")).put("minimumAge", 13);
        ((ObjectNode) body.at("/bilateral/KEN")).put("minimumMonthlySalaryUsd", 0);
        ((ObjectNode) body.get("flags")).put("salaryMismatchShare", 1.5);
        ((ObjectNode) body.at("/classification/metrics/3")).put("fullPointsAt", 95);

        assertThat(problems(body)).containsExactlyInAnyOrder(
                "/bilateral/LKA/minimumAge out_of_range", "/bilateral/KEN/minimumMonthlySalaryUsd out_of_range",
                "/flags/salaryMismatchShare out_of_range", "/classification/metrics/3/fullPointsAt out_of_range");
    }

    @Test
    void namesACountryWithoutAgreementAndWordsItDoesNotKnow() {
        ObjectNode body = seed();
        ((ObjectNode) body.get("bilateral")).set("XYZ", body.at("/bilateral/PHL").deepCopy());
        ((ObjectNode) body.at("/bilateral/GHA")).put("deployment", "CLOSED");
        ((ArrayNode) body.at("/flags/abuseCategories")).add("SHOUTING");
        body.put("effectiveFrom", "1 July");

        assertThat(problems(body)).containsExactlyInAnyOrder("/bilateral/XYZ unknown_nationality",
                "/bilateral/GHA/deployment invalid_value", "/flags/abuseCategories/4 invalid_value",
                "/effectiveFrom invalid_value");
    }

    @Test
    void checksTheClassificationAsAWhole() {
        ObjectNode body = seed();
        ((ObjectNode) body.at("/classification/bands")).put("b", 85);
        ((ObjectNode) body.at("/classification/metrics/0")).put("weight", 25);
        ((ObjectNode) body.at("/classification/metrics/4")).put("noPointsAt", 0.02);

        assertThat(problems(body)).containsExactlyInAnyOrder("/classification/bands/a out_of_order",
                "/classification/metrics/4/noPointsAt same_as_full_points");
    }

    @Test
    void wantsEveryMetricOnceAndWeightsOfOneHundred() {
        ObjectNode weights = seed();
        ((ObjectNode) weights.at("/classification/metrics/0")).put("weight", 25);
        ObjectNode twice = seed();
        ((ObjectNode) twice.at("/classification/metrics/7")).put("code", "SERIOUS_FLAGS");

        assertThat(problems(weights)).containsExactly("/classification/metrics weights_not_100");
        assertThat(problems(twice)).containsExactly("/classification/metrics/7/code duplicate_metric");
    }

    @Test
    void readsOneCountrysChange() throws Exception {
        JsonNode body = JSON.readTree("""
                {"effectiveFrom": "2026-07-01", "reason": "suspended by Nepal", "deployment": "SUSPENDED",
                 "minimumAge": 24, "minimumMonthlySalaryUsd": 300.00, "attestationRequired": true}""");

        BilateralChange change = RulesReader.bilateralChange(body);

        assertThat(change.rule().deploymentSuspended()).isTrue();
        assertThat(change.rule().minimumMonthlySalaryUsd()).hasToString("300");
    }

    private static List<String> problems(JsonNode body) {
        RequestRefused refused = catchThrowableOfType(RequestRefused.class, () -> RulesReader.newRuleSet(body));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(problem -> problem.pointer() + " " + problem.code()).toList();
    }

    private static ObjectNode seed() {
        try (var json = DefaultRuleSet.class.getResourceAsStream(DefaultRuleSet.RESOURCE)) {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
