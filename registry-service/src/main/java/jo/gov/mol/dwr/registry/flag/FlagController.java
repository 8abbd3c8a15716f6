package jo.gov.mol.dwr.registry.flag;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.QueryParameter;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/**
 * {@code /api/flags} (interfaces.md 6): every role reads flags and the rule catalogue; auditors move a flag. Every
 * call is audited: a flag names the worker it concerns.
 */
@RestController
@RequestMapping("/api/flags")
class FlagController {
    private static final Set<FlagStatus> AUDITORS_MOVES =
            EnumSet.of(FlagStatus.IN_REVIEW, FlagStatus.CONFIRMED, FlagStatus.DISMISSED);

    private final Flags flags;

    FlagController(Flags flags) {
        this.flags = flags;
    }

    /** Newest first (by raisedAt, then id). */
    @GetMapping
    @Audited(AuditAction.READ_FLAG)
    ListPage<FlagView> list(@RequestParam Optional<String> rule, @RequestParam Optional<String> status,
                            @RequestParam Optional<String> severity, @RequestParam Optional<String> office,
                            @RequestParam Optional<String> employer, @RequestParam Optional<String> nationality,
                            @RequestParam Optional<String> passportNo,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        FlagFilter filter = new FlagFilter(
                given(rule).map(value -> word(RuleCode.class, "rule", value)),
                given(status).map(value -> word(FlagStatus.class, "status", value)),
                given(severity).map(value -> word(Severity.class, "severity", value)),
                given(office).map(value -> value.strip().toUpperCase(Locale.ROOT)),
                given(employer).map(String::strip),
                given(nationality).map(value -> QueryParameter.parsed("nationality", () -> CountryCode.of(value).value())),
                given(passportNo).map(value -> QueryParameter.parsed("passportNo", () -> PassportNo.of(value).value())),
                from, to);
        return flags.find(filter, ListPage.request(page, size, Sort.unsorted()));
    }

    /** One flag with its history: who moved it, when, with which note. */
    @GetMapping("/{id}")
    @Audited(AuditAction.READ_FLAG)
    FlagView one(@PathVariable long id) {
        return flags.find(id).orElseThrow(() -> Flags.unknown(id));
    }

    @PostMapping("/{id}/transitions")
    @Audited(AuditAction.CHANGE_FLAG)
    FlagView move(@PathVariable long id, @RequestBody Transition transition, Principal auditor) {
        if (transition.to() == null || transition.to().isBlank()) {
            throw RequestRefused.invalid("/to", "missing", "a transition names the status to move to: "
                    + AUDITORS_MOVES);
        }
        FlagStatus to = word(FlagStatus.class, "/to", transition.to());
        if (!AUDITORS_MOVES.contains(to)) {
            throw RequestRefused.invalid("/to", "invalid_value", "an auditor moves a flag to one of " + AUDITORS_MOVES);
        }
        String note = transition.note() == null || transition.note().isBlank() ? null : transition.note().strip();
        if (note == null && to != FlagStatus.IN_REVIEW) {
            throw RequestRefused.invalid("/note", "missing", "a flag is confirmed or dismissed with a note");
        }
        return flags.move(id, to, auditor.getName(), note);
    }

    /** The catalogue, read-only: every rule's code, severity, subject, what one flag stands for, and why. */
    @GetMapping("/rules")
    @Audited(AuditAction.READ_FLAG)
    List<RuleView> catalogue() {
        return Arrays.stream(RuleCode.values()).map(RuleView::of).toList();
    }

    record Transition(String to, String note) {
    }

    record RuleView(RuleCode code, Severity severity, SubjectType subject, String oneFlagPer, String reason) {
        static RuleView of(RuleCode rule) {
            return new RuleView(rule, rule.severity(), rule.subject(), rule.oneFlagPer(), rule.reason());
        }
    }

    private static Optional<String> given(Optional<String> parameter) {
        return parameter.filter(value -> !value.isBlank());
    }

    private static <E extends Enum<E>> E word(Class<E> type, String pointer, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RequestRefused.invalid(pointer, "invalid_value", "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
