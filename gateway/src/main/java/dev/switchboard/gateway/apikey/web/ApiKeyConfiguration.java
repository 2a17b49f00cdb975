package dev.switchboard.gateway.apikey.web;

import dev.switchboard.gateway.apikey.ApiKey;
import dev.switchboard.gateway.apikey.ApiKeyAdministration;
import dev.switchboard.gateway.apikey.ApiKeyRegistry;
import dev.switchboard.gateway.apikey.DevelopmentKeys;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyConfiguration.class);

    @Bean
    ApiKeyRegistry apiKeyRegistry(ApiKeysProperties properties, Environment environment) {
        List<ApiKey> keys = properties.toApiKeys();
        DevelopmentKeys.refuseOutsideLocal(keys, List.of(environment.getActiveProfiles()));
        ApiKeyRegistry registry = new ApiKeyRegistry(keys);
        if (registry.size() == 0) {
            log.warn("No API keys configured (switchboard.gateway.api-keys): every /api request will be refused");
        }
        return registry;
    }

    @Bean
    ApiKeyAdministration apiKeyAdministration(ApiKeyRegistry registry, Environment environment) {
        return new ApiKeyAdministration(registry, List.of(environment.getActiveProfiles()));
    }

    @Bean
    ApiKeyAuthenticationManager apiKeyAuthenticationManager(ApiKeyRegistry registry) {
        return new ApiKeyAuthenticationManager(registry);
    }
}
