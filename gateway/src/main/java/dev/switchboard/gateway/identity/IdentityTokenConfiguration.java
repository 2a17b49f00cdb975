package dev.switchboard.gateway.identity;

import dev.switchboard.gateway.apikey.DevelopmentKeyOutsideLocalException;
import dev.switchboard.gateway.apikey.DevelopmentKeys;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class IdentityTokenConfiguration {

    @Bean
    IdentityTokenIssuer identityTokenIssuer(IdentityTokenProperties properties, Environment environment, Clock clock) {
        if (properties.secret().equals(IdentityTokenIssuer.LOCAL_SECRET)
                && !List.of(environment.getActiveProfiles()).contains(DevelopmentKeys.LOCAL_PROFILE)) {
            throw new DevelopmentKeyOutsideLocalException("Refusing to start: the published local identity token"
                    + " secret is configured (switchboard.gateway.identity-token.secret) while the '"
                    + DevelopmentKeys.LOCAL_PROFILE + "' profile is not active. Set GATEWAY_IDENTITY_SECRET to a"
                    + " secret of at least 32 bytes shared only with the services.");
        }
        return new IdentityTokenIssuer(properties.secret(), properties.ttl(), clock);
    }
}
