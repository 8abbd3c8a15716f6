package jo.gov.mol.dwr.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/** Version 1: the defaults of interfaces.md 5 and policy.md, and their JSON form. */
class DefaultRuleSetTests {
    private final NewRuleSet seed = DefaultRuleSet.read();
    private final Rules rules = seed.rules();

    @Test
    void isInForceFromTheFirstOfJanuary2020() {
        assertThat(seed.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(seed.reason()).isNotBlank();
    }

    @Test
    void holdsTheBilateralRulesOfEveryCountry() {
        assertThat(rules.bilateral()).containsOnlyKeys(SendingCountry.values());
        assertThat(rules.bilateral(CountryCode.of("PHL")))
                .contains(new BilateralRule(Deployment.OPEN, 23, new BigDecimal("400"), true));
        assertThat(rules.bilateral(CountryCode.of("NPL")))
                .contains(new BilateralRule(Deployment.SUSPENDED, 24, new BigDecimal("300"), true));
        assertThat(rules.bilateral(CountryCode.of("ETH")))
                .contains(new BilateralRule(Deployment.OPEN, 21, new BigDecimal("250"), false));
        assertThat(rules.bilateral(CountryCode.of("IDN")).orElseThrow().deploymentSuspended()).isTrue();
        assertThat(rules.bilateral(CountryCode.of("BGD")).orElseThrow().minimumAge()).isEqualTo(25);
        assertThat(rules.bilateral(CountryCode.of("JOR"))).isEmpty();
    }

    @Test
    void convertsJordanianDinarsAtOnePointFortyOne() {
        assertThat(rules.toUsd(new Money(new BigDecimal("300"), Currency.JOD))).isEqualByComparingTo("423");
        assertThat(rules.toUsd(new Money(new BigDecimal("212.50"), Currency.JOD))).isEqualByComparingTo("299.625");
        assertThat(rules.toUsd(new Money(new BigDecimal("400"), Currency.USD))).isEqualByComparingTo("400");
    }

    @Test
    void holdsEveryThresholdOfTheFlags() {
        FlagThresholds flags = rules.flags();
        assertThat(flags.adultAge()).isEqualTo(18);
        assertThat(flags.salaryMismatchShare()).isEqualByComparingTo("0.10");
        assertThat(flags.noPermitDays()).isEqualTo(30);
        assertThat(flags.retaliationDays()).isEqualTo(14);
        assertThat(flags.frequentTransfers()).isEqualTo(new Occurrences(3, 12));
        assertThat(flags.welfareCaseOpenDays()).isEqualTo(90);
        assertThat(flags.openWelfareCategories()).containsExactly(WelfareCategory.SHELTER_ADMISSION,
                WelfareCategory.MISSING_WORKER, WelfareCategory.COMPLAINT);
        assertThat(flags.missingWorkerDays()).isEqualTo(30);
        assertThat(flags.repeatAbuseComplaints()).isEqualTo(new Occurrences(2, 24));
        assertThat(flags.isAbuse(ComplaintCategory.CONFINEMENT)).isTrue();
        assertThat(flags.isAbuse(ComplaintCategory.UNPAID_WAGES)).isFalse();
        assertThat(flags.overstayDays()).isEqualTo(30);
    }

    @Test
    void holdsTheClassificationRulesWithEightMetricsWeighingOneHundred() {
        ClassificationRules classification = rules.classification();
        assertThat(classification.periodMonths()).isEqualTo(12);
        assertThat(classification.minimumPlaced()).isEqualTo(10);
        assertThat(classification.shrinkageK()).isEqualTo(50);
        assertThat(classification.bands()).isEqualTo(new Bands(85, 70, 50));
        assertThat(classification.permitOnTimeDays()).isEqualTo(30);
        assertThat(classification.metrics()).extracting(MetricDefinition::code).containsExactly(MetricCode.values());
        assertThat(classification.metrics().stream().mapToInt(MetricDefinition::weight).sum()).isEqualTo(100);
        assertThat(classification.metric(MetricCode.PERMITS_ON_TIME)).isEqualTo(new MetricDefinition(
                MetricCode.PERMITS_ON_TIME, MetricUnit.SHARE, new BigDecimal("0.95"), new BigDecimal("0.6"), 15));
        assertThat(classification.metric(MetricCode.SERIOUS_FLAGS).points(BigDecimal.ZERO)).isEqualByComparingTo("15");
    }

    @Test
    void survivesTheRoundTripThroughItsColumn() {
        RulesJson column = new RulesJson();

        String json = column.convertToDatabaseColumn(rules);

        assertThat(column.convertToEntityAttribute(json)).isEqualTo(rules);
        assertThat(column.convertToDatabaseColumn(column.convertToEntityAttribute(json))).isEqualTo(json);
    }

    @Test
    void isAnsweredInTheShapeItIsPosted() throws Exception {
        // as Boot configures the API's mapper: dates as ISO text
        JsonMapper api = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        RuleSet ruleSet = new RuleSet(1, seed.effectiveFrom(), seed.reason(), "registry", Instant.EPOCH, rules);

        JsonNode answered = api.readTree(api.writeValueAsString(ruleSet));

        assertThat(answered.get("version").asInt()).isEqualTo(1);
        assertThat(answered.has("rules")).isFalse();
        assertThat(RulesReader.newRuleSet(answered)).isEqualTo(seed);
    }
}
