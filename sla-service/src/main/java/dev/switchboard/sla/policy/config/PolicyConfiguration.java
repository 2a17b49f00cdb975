package dev.switchboard.sla.policy.config;

import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.policy.PolicyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicyCatalog policyCatalog(SlaPolicyProperties properties, PolicyStore store) {
        return new PolicyCatalog(properties.toPolicies(), store);
    }
}
