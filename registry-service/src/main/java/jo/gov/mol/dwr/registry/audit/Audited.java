package jo.gov.mol.dwr.registry.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API endpoint whose every call is audited as this action, whatever it answers (a refused or failed read is
 * audited all the same): who, with which roles, the path and query asked, the status answered.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
    AuditAction value();
}
