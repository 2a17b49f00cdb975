package dev.switchboard.gateway.security;

import dev.switchboard.gateway.access.AccessPolicy;
import dev.switchboard.gateway.access.web.AccessPolicyAuthorizationManager;
import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationManager;
import dev.switchboard.gateway.observability.AuthFailureMetrics;
import dev.switchboard.gateway.problem.ProblemResponder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Stateless: every request authenticates itself. The API key filter sits at the AUTHENTICATION position; an OAuth2
 * resource server ({@code http.oauth2ResourceServer(...)} with a JWT converter producing a
 * {@link CallerAuthentication}) can be added beside it without touching authorization or identity forwarding.
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
            AccessPolicy policy, ProblemResponder responder, AuthFailureMetrics metrics) {
        var missing = new ProblemAuthenticationEntryPoint(responder, metrics,
                AuthFailureMetrics.Reason.MISSING_CREDENTIALS);
        var invalid = new ProblemAuthenticationEntryPoint(responder, metrics,
                AuthFailureMetrics.Reason.INVALID_CREDENTIALS);

        AuthenticationWebFilter apiKeyFilter = new AuthenticationWebFilter(keys);
        apiKeyFilter.setServerAuthenticationConverter(new ApiKeyAuthenticationConverter());
        apiKeyFilter.setRequiresAuthenticationMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"));
        apiKeyFilter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(invalid));
        apiKeyFilter.setAuthenticationSuccessHandler((webFilterExchange, authentication) -> {
            if (authentication instanceof CallerAuthentication caller) {
                webFilterExchange.getExchange().getAttributes()
                        .put(CallerAuthentication.CALLER_ATTRIBUTE, caller.caller());
            }
            return webFilterExchange.getChain().filter(webFilterExchange.getExchange());
        });

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(apiKeyFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges
                        // operations scrape these without a key; nothing else of the actuator is exposed
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info").permitAll()
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
