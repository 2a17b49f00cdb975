package dev.switchboard.gateway.security;

import dev.switchboard.gateway.access.AccessPolicy;
import dev.switchboard.gateway.access.web.AccessPolicyAuthorizationManager;
import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationManager;
import dev.switchboard.gateway.jwt.web.JwtCallerAuthenticationManager;
import dev.switchboard.gateway.jwt.web.JwtProperties;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import dev.switchboard.gateway.observability.AuthFailureMetrics;
import dev.switchboard.gateway.problem.ProblemResponder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DelegatingReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Stateless: every request authenticates itself, with an API key or a bearer token (OAuth2 resource server). One
 * authentication filter takes either: both end in a {@link CallerAuthentication}, so authorization, rate limits and
 * identity forwarding do not care which it was.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.contract();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiKeyAuthenticationManager keys,
            ObjectProvider<ReactiveJwtDecoder> jwtDecoder, JwtProperties jwt, AccessPolicy policy, ProblemResponder responder,
            AuthFailureMetrics metrics, CorsConfigurationSource cors) {
        var missing = new ProblemAuthenticationEntryPoint(responder, metrics,
                AuthFailureMetrics.Reason.MISSING_CREDENTIALS);
        var invalid = new ProblemAuthenticationEntryPoint(responder, metrics,
                AuthFailureMetrics.Reason.INVALID_CREDENTIALS);

        // built here, not a bean: a second ReactiveAuthenticationManager bean would confuse Spring Security's defaults
        var tokens = new JwtCallerAuthenticationManager(Optional.ofNullable(jwtDecoder.getIfAvailable()),
                jwt.toTokenClaims());
        AuthenticationWebFilter authenticationFilter = new AuthenticationWebFilter(
                new DelegatingReactiveAuthenticationManager(keys, tokens));
        authenticationFilter.setServerAuthenticationConverter(new CredentialAuthenticationConverter());
        authenticationFilter.setRequiresAuthenticationMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"));
        authenticationFilter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(invalid));
        authenticationFilter.setAuthenticationSuccessHandler((webFilterExchange, authentication) -> {
            if (authentication instanceof CallerAuthentication caller) {
                webFilterExchange.getExchange().getAttributes()
                        .put(CallerAuthentication.CALLER_ATTRIBUTE, caller.caller());
            }
            return webFilterExchange.getChain().filter(webFilterExchange.getExchange());
        });

        return http
                .cors(spec -> spec.configurationSource(cors))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(authenticationFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges
                        // operations scrape these without a key; nothing else of the actuator is exposed
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info").permitAll()
                        // the API's description is no secret; the gateway builds it from cached service documents
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/swagger-ui/**").permitAll()
                        // the console's page and files are public; everything they show comes from /api/** with
                        // the credential the user signs in with
                        .pathMatchers(HttpMethod.GET, "/", "/index.html", "/console/**", "/favicon.ico").permitAll()
                        .pathMatchers("/api/**").access(new AccessPolicyAuthorizationManager(policy))
                        .anyExchange().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(missing)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(responder, metrics)))
                .build();
    }

    @Bean
    ServerExchangeRejectedHandler rejectedRequestProblemHandler(ProblemResponder responder) {
        return new RejectedRequestProblemHandler(responder);
    }
}
