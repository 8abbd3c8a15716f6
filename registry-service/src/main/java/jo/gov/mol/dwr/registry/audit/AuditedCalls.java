package jo.gov.mol.dwr.registry.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Audits every call of an {@link Audited} endpoint once it is answered, so that no endpoint can forget it and the
 * status recorded is the one the caller got (a problem body included).
 */
@Configuration(proxyBeanMethods = false)
class AuditedCalls implements WebMvcConfigurer, HandlerInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(AuditedCalls.class);

    private final AuditTrail trail;

    AuditedCalls(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Audited.class)) {
            return;
        }
        AuditAction action = method.getMethodAnnotation(Audited.class).value();
        String resource = resourceOf(request);
        try {
            trail.record(action, resource, response.getStatus());
        } catch (RuntimeException notRecorded) {
            // the answer is gone already: the missing record must at least be loud
            LOG.error("could not audit {} {} by {}", action, resource, request.getRemoteUser(), notRecorded);
        }
    }

    /** The path and the query parameters as asked, in their order. */
    static String resourceOf(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (parameters.isEmpty()) {
            return request.getRequestURI();
        }
        return request.getRequestURI() + "?" + parameters.entrySet().stream()
                .flatMap(parameter -> Arrays.stream(parameter.getValue())
                        .map(value -> parameter.getKey() + "=" + value))
                .collect(Collectors.joining("&"));
    }
}
