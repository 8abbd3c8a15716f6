package jo.gov.mol.dwr.routes.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jo.gov.mol.dwr.routes.problem.HubProblem;
import jo.gov.mol.dwr.routes.problem.ProblemResponses;
import jo.gov.mol.dwr.routes.refusal.Refusals;

/**
 * Who may call the hub. Outside systems post with HTTP Basic as their system account (SOAP) or a bearer token of
 * their embassy (JSON), each only to its own channel; people reach the hub's administration API. The two never share an account, and the contracts
 * ({@code ?wsdl}) are public.
 */
@Configuration(proxyBeanMethods = false)
class HubSecurityConfiguration {
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private static RequestMatcher path(String pattern) {
        return PATHS.matcher(pattern);
    }

    /**
     * A sign-in of its own for each chain, with no shared parent: an account of another list in the same process
     * (the registry's, Boot's) never signs in here.
     */
    private static AuthenticationManager signIn(UserDetailsService accounts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder()));
        return new ProviderManager(provider);
    }

    @Bean
    @Order(10)
    SecurityFilterChain hubChannels(HttpSecurity http, SystemAccounts accounts, Refusals refusals) throws Exception {
        // CXF's servlet serves these paths, not Spring MVC: match on the plain request path. Other paths under
        // /services (a simulator in the sandbox) are not the hub's channels and not this chain's business.
        List<RequestMatcher> channels = new ArrayList<>();
        Channel.of(Channel.Style.SOAP).forEach(channel -> channels.add(path(channel.path())));
        http.securityMatcher(new OrRequestMatcher(channels))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PATHS.matcher(HttpMethod.GET, "/services/**")).permitAll();
                    for (Channel channel : Channel.of(Channel.Style.SOAP)) {
                        requests.requestMatchers(path(channel.path())).hasRole(channel.role());
                    }
                    requests.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.realmName("hub"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.accessDeniedHandler(new ChannelAccessDenied(new ChannelRefusal(refusals))))
                .authenticationManager(signIn(accounts.userDetailsService()));
        return http.build();
    }

    /**
     * The embassies' JSON channels: a bearer token of the embassy on every request, checked against the token table
     * (no session, no CSRF: nothing is kept between requests). A missing, unknown or revoked token is 401 and nothing
     * is kept; a valid token of another embassy is 403 and its refusal recorded.
     */
    @Bean
    @Order(12)
    SecurityFilterChain embassyChannels(HttpSecurity http, EmbassyTokens tokens, Refusals refusals) throws Exception {
        AuthenticationManager signIn = new ProviderManager(new EmbassyTokenAuthentication(tokens));
        AuthenticationEntryPoint unauthorized = (request, response, failed) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hub\"");
            ProblemResponses.send(response, HubProblem.UNAUTHORIZED.detail("a missing, unknown or revoked token"));
        };
        AuthenticationFilter bearer = new AuthenticationFilter(signIn, BearerToken.FROM_HEADER);
        // signed in, the request goes on to its channel: nothing to redirect to
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        http.securityMatcher(path("/api/embassies/**"))
                .authorizeHttpRequests(requests -> {
                    for (Channel channel : Channel.of(Channel.Style.JSON)) {
                        requests.requestMatchers(path(channel.path())).hasRole(channel.role());
                    }
                    requests.anyRequest().denyAll();
                })
                .addFilterAt(bearer, BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(new ChannelAccessDenied(new ChannelRefusal(refusals))))
                .authenticationManager(signIn);
        return http.build();
    }

    @Bean
    @Order(11)
    SecurityFilterChain hubAdministration(HttpSecurity http, People people) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/api/admin/message-log/**"), path("/api/admin/refusals/**"),
                        path("/api/admin/dead-letters/**"), path("/api/admin/embassies/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("dwr"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(signIn(people.userDetailsService()));
        return http.build();
    }
}
