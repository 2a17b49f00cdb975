package dev.switchboard.sla.policy.config;

import dev.switchboard.sla.policy.SlaPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Map;

/** The default policies ({@code switchboard.sla.policies.<name>}); the API may override them by name. */
@Validated
@ConfigurationProperties("switchboard.sla")
public record SlaPolicyProperties(@NotEmpty Map<String, @Valid PolicyProperties> policies) {

    public List<SlaPolicy> toPolicies() {
        return policies.entrySet().stream().map(e -> e.getValue().toPolicy(e.getKey())).toList();
    }
}
