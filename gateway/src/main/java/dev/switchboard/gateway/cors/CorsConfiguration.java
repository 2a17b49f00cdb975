package dev.switchboard.gateway.cors;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import dev.switchboard.gateway.ratelimit.web.RateLimitHeaders;
import dev.switchboard.gateway.requestid.RequestIds;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/** Answered by Spring Security's CORS filter before authentication, so a preflight needs no credential. */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION,
                ApiKeyAuthenticationConverter.HEADER, RequestIds.HEADER, "Idempotency-Key", "Last-Event-ID"));
        cors.setExposedHeaders(List.of(RequestIds.HEADER, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                "Idempotent-Replayed", RateLimitHeaders.LIMIT, RateLimitHeaders.REMAINING));
        // credentials travel in headers the page sets itself, never in cookies
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
