package dev.switchboard.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.time.Clock;

/**
 * Puts {@link IdentityVerificationWebFilter} in front of a reactive service. Refuses to start without a secret
 * (outside the local profile) or with the published local secret outside it: a service that silently trusted
 * {@code X-Switchboard-*} headers would let anyone who reaches it act as an ADMIN.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(prefix = "switchboard.identity", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityAutoConfiguration {

    @Bean
    IdentityVerificationWebFilter identityVerificationWebFilter(IdentityProperties properties, Environment environment,
                                                                ObjectProvider<MeterRegistry> meters) {
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            if (!local) {
                throw new IllegalStateException("Refusing to start: switchboard.identity.secret "
                        + "(GATEWAY_IDENTITY_SECRET) must be the gateway's identity secret outside the local profile");
            }
            secret = IdentityTokenVerifier.LOCAL_SECRET;
        } else if (secret.equals(IdentityTokenVerifier.LOCAL_SECRET) && !local) {
            throw new IllegalStateException("Refusing to start: the published local identity secret is configured "
                    + "outside the local profile");
        }
        String audience = properties.audience() == null || properties.audience().isBlank()
                ? environment.getRequiredProperty("spring.application.name")
                : properties.audience();
        return new IdentityVerificationWebFilter(
                new IdentityTokenVerifier(secret, audience, properties.clockSkew()),
                AccessRules.parse(properties.access()), Clock.systemUTC(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
