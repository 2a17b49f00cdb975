package dev.switchboard.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityAutoConfigurationTest {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IdentityAutoConfiguration.class))
            .withPropertyValues("spring.application.name=ticket-service");

    @Test
    void shouldRefuseToStartWithoutASecretOutsideTheLocalProfile() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("GATEWAY_IDENTITY_SECRET"));
    }

    @Test
    void shouldRefuseThePublishedLocalSecretOutsideTheLocalProfile() {
        runner.withPropertyValues("switchboard.identity.secret=" + IdentityTokenVerifier.LOCAL_SECRET)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("published local identity secret"));
    }

    @Test
    void shouldUseTheLocalSecretInTheLocalProfile() {
        runner.withPropertyValues("spring.profiles.active=local")
                .run(context -> assertThat(context).hasSingleBean(IdentityVerificationWebFilter.class));
    }

    @Test
    void shouldVerifyWithTheConfiguredSecret() {
        runner.withPropertyValues("switchboard.identity.secret=" + IdentityTokenVerifierTest.SECRET)
                .run(context -> assertThat(context).hasSingleBean(IdentityVerificationWebFilter.class));
    }

    @Test
    void shouldStepAsideOnlyWhenSwitchedOffExplicitly() {
        runner.withPropertyValues("switchboard.identity.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(IdentityVerificationWebFilter.class));
    }
}
