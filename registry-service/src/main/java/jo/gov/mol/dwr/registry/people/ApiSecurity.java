package jo.gov.mol.dwr.registry.people;

import java.util.Arrays;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The registry's API ({@code /api/**}): HTTP Basic for the configured people, stateless, no CSRF (no cookies).
 * The chain authenticates with its own people only: it has its own authentication manager, with no parent, so
 * that no account defined elsewhere in the process (the hub's, or Boot's generated default user) can read the
 * registry. Other modules put their own chains before it for their own paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeopleProperties.class)
class ApiSecurity {
    static final int ORDER = 20;

    @Bean
    @Order(ORDER)
    SecurityFilterChain registryApiSecurity(HttpSecurity http, PeopleProperties people) throws Exception {
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(people.accounts());
        signIn.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // deciding who is who and judging flags is the auditors' work, classifying offices the
                        // regulators' (interfaces.md 6); reading is everyone's
                        .requestMatchers(HttpMethod.POST, "/api/linkage/**", "/api/flags/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/offices/**").hasRole(Role.REGULATOR.name())
                        .anyRequest().hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new)))
                .httpBasic(Customizer.withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(signIn))
                .build();
    }
}
