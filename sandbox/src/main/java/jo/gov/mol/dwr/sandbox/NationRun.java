package jo.gov.mol.dwr.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** On a bean of the nation's replay ({@code sandbox.simulate=true}, {@code sandbox.mode=nation}, the default). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("${sandbox.simulate:true} and '${sandbox.mode:nation}'.equalsIgnoreCase('nation')")
public @interface NationRun {
}
