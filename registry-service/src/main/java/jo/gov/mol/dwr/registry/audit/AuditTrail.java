package jo.gov.mol.dwr.registry.audit;

import java.time.Clock;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit record of a read: the signed-in person and their roles come from the request's sign-in, so a
 * controller records a read in one line, {@code trail.record(AuditAction.READ_TIMELINE, path, status)}.
 */
@Component
public class AuditTrail {
    private static final String ROLE_PREFIX = "ROLE_";

    private final AuditRecordRepository records;
    /**
     * The wall clock, not the injected one: a read happens now, whatever business time the sandbox is replaying,
     * and an audit record must say when a person really looked.
     */
    private final Clock clock = Clock.systemUTC();

    AuditTrail(AuditRecordRepository records) {
        this.records = records;
    }

    /**
     * In a transaction of its own, so that the record is kept whatever becomes of the caller's (a read that fails
     * is audited all the same).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String resource, int outcome) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            // the API's chain lets nobody through unsigned: a read without a sign-in is a wiring fault, not a person
            throw new IllegalStateException("no signed-in person to audit " + action + " " + resource);
        }
        String roles = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.startsWith(ROLE_PREFIX) ? authority.substring(ROLE_PREFIX.length()) : authority)
                .sorted()
                .collect(Collectors.joining(","));
        records.save(AuditRecord.of(clock.instant(), signedIn.getName(), roles, action, resource, outcome));
    }
}
