package jo.gov.mol.dwr.registry.reference;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A rule set as kept: its version is the primary key and is given by the writer (the highest so far plus one), so
 * two writers that pick the same version cannot both commit: the second fails on the key, never overwrites.
 */
@Entity
@Table(name = "rule_set")
class RuleSetDocument implements Persistable<Integer> {
    static final int MAX_JSON = 1024 * 1024;

    @Id
    @Column(name = "version_no")
    private Integer version;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "reason", length = RulesReader.MAX_REASON, nullable = false, updatable = false)
    private String reason;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = RulesJson.class)
    @Column(name = "rules_json", length = RuleSetDocument.MAX_JSON, nullable = false, updatable = false)
    private Rules rules;

    @Transient
    private boolean kept;

    protected RuleSetDocument() {
    }

    static RuleSetDocument of(int version, NewRuleSet rules, String createdBy, Instant createdAt) {
        RuleSetDocument document = new RuleSetDocument();
        document.version = version;
        document.effectiveFrom = rules.effectiveFrom();
        document.reason = rules.reason();
        document.createdBy = createdBy;
        document.createdAt = createdAt;
        document.rules = rules.rules();
        return document;
    }

    RuleSet ruleSet() {
        return new RuleSet(version, effectiveFrom, reason, createdBy, createdAt, rules);
    }

    @Override
    public Integer getId() {
        return version;
    }

    /** Always inserted, never merged: a version taken already must fail on the primary key. */
    @Override
    public boolean isNew() {
        return !kept;
    }

    @PostLoad
    @PostPersist
    void markKept() {
        kept = true;
    }
}
