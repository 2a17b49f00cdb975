package dev.switchboard.sla.policy.web;

import dev.switchboard.identity.IdentityAutoConfiguration;
import dev.switchboard.identity.IdentityTokenSigner;
import dev.switchboard.identity.IdentityTokenVerifier;
import dev.switchboard.identity.VerifiedCaller;
import dev.switchboard.sla.policy.Policies;
import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.policy.PolicyStore;
import dev.switchboard.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Defense in depth: sla-service itself refuses a request that did not come through the gateway, and a MANAGER the
 * gateway vouched for may read policies but not change them, whatever headers it sends.
 */
@WebFluxTest(controllers = PolicyController.class, properties = {"switchboard.identity.enabled=true",
        "switchboard.identity.secret=" + CallerIdentityTest.SECRET, "spring.application.name=sla-service"})
@ImportAutoConfiguration(IdentityAutoConfiguration.class)
class CallerIdentityTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";

    @TestConfiguration
    static class Catalog {
        @Bean
        PolicyCatalog policyCatalog() {
            return new PolicyCatalog(List.of(Policies.standard()), new PolicyStore() {
                @Override
                public List<SlaPolicy> findAll() {
                    return List.of();
                }

                @Override
                public void save(SlaPolicy policy) {
                    throw new AssertionError("nothing may be saved in this test");
                }
            });
        }
    }

    @Autowired
    WebTestClient web;

    private final IdentityTokenSigner signer = new IdentityTokenSigner(SECRET);

    @Test
    void shouldRefuseAnAdminHeaderWithoutTheGatewaysToken() {
        web.get().uri("/api/v1/sla/policies").header("X-Switchboard-Role", "ADMIN").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldLetAManagerReadPolicies() {
        web.get().uri("/api/v1/sla/policies").header(IdentityTokenVerifier.HEADER, token("MANAGER", "GET",
                        "/api/v1/sla/policies"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void shouldForbidAManagerToChangeAPolicyEvenWhenItsHeadersSayAdmin() {
        web.put().uri("/api/v1/sla/policies/vip")
                .header(IdentityTokenVerifier.HEADER, token("MANAGER", "PUT", "/api/v1/sla/policies/vip"))
                .header("X-Switchboard-Role", "ADMIN")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"order\":1,\"targets\":{\"FIRST_REPLY\":\"PT1H\"}}")
                .exchange()
                .expectStatus().isForbidden();
    }

    private String token(String role, String method, String path) {
        return signer.sign(new VerifiedCaller(role, "someone", null, null), "sla-service", method, path,
                Instant.now(), Duration.ofSeconds(30));
    }
}
