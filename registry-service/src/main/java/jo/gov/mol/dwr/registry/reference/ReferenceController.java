package jo.gov.mol.dwr.registry.reference;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/**
 * {@code /api/admin/reference} (ADMIN, by the API's chain): the rule sets, read and written as new versions with
 * an effective date. Every call is audited, whatever it answers. Bodies are read as JSON trees, so that a wrong
 * value is named by its pointer with the other wrong ones, not refused as an unreadable body.
 */
@RestController
@RequestMapping("/api/admin/reference")
class ReferenceController {
    private static final String RULE_SET = "/api/admin/reference/rule-sets/{version}";

    private final ReferenceData referenceData;
    private final ReferenceDataChanges changes;
    private final Clock clock;

    ReferenceController(ReferenceData referenceData, ReferenceDataChanges changes, Clock clock) {
        this.referenceData = referenceData;
        this.changes = changes;
        this.clock = clock;
    }

    /** The rule sets without their rules, newest version first. */
    @GetMapping("/rule-sets")
    @Audited(AuditAction.READ_REFERENCE)
    ListPage<RuleSetSummary> list(@RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        PageRequest request = ListPage.request(page, size, Sort.by(Sort.Order.desc("version")));
        return ListPage.of(referenceData.versions().stream().map(RuleSet::summary).toList(), request);
    }

    /** One version, whole. */
    @GetMapping("/rule-sets/{version}")
    @Audited(AuditAction.READ_REFERENCE)
    RuleSet read(@PathVariable int version) {
        return referenceData.ruleSet(version).orElseThrow(
                () -> RequestRefused.notFound("unknown_rule_set", "no rule set has version " + version));
    }

    /** The rule set in force on an Amman date, today by default. */
    @GetMapping("/rule-sets/in-force")
    @Audited(AuditAction.READ_REFERENCE)
    RuleSet inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return referenceData.ruleSetOn(dateOrToday(on));
    }

    /**
     * A new version of the whole rule set: {@code {effectiveFrom, reason, bilateral, usdPerJod, flags,
     * classification}}; answers 201 with the version written.
     */
    @PostMapping("/rule-sets")
    @Audited(AuditAction.CHANGE_REFERENCE)
    ResponseEntity<RuleSet> publish(@RequestBody JsonNode body, Principal admin) {
        return created(changes.publish(RulesReader.newRuleSet(body), admin.getName()));
    }

    /** Every sending country's rule in force on an Amman date, today by default. */
    @GetMapping("/bilateral-rules")
    @Audited(AuditAction.READ_REFERENCE)
    BilateralRulesInForce bilateralRules(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate date = dateOrToday(on);
        return BilateralRulesInForce.of(date, referenceData.ruleSetOn(date));
    }

    /**
     * A new version that changes one country's rule from a date: {@code {effectiveFrom, reason, deployment,
     * minimumAge, minimumMonthlySalaryUsd, attestationRequired}}; the rest is the rule set in force on that date.
     */
    @PutMapping("/bilateral-rules/{nationality}")
    @Audited(AuditAction.CHANGE_REFERENCE)
    ResponseEntity<RuleSet> changeBilateral(@PathVariable String nationality, @RequestBody JsonNode body,
                                            Principal admin) {
        SendingCountry country = SendingCountry.of(nationality).orElseThrow(() -> RequestRefused.notFound(
                "unknown_nationality", "no bilateral agreement with '" + nationality + "'"));
        return created(changes.changeBilateral(country, RulesReader.bilateralChange(body), admin.getName()));
    }

    private LocalDate dateOrToday(LocalDate on) {
        return on != null ? on : LocalDate.ofInstant(clock.instant(), CanonicalEvent.AMMAN);
    }

    private static ResponseEntity<RuleSet> created(RuleSet written) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(RULE_SET)
                .buildAndExpand(written.version()).toUri();
        return ResponseEntity.created(location).body(written);
    }
}
