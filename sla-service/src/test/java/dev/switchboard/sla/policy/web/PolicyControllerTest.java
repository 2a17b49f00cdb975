package dev.switchboard.sla.policy.web;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.sla.policy.Policies;
import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.policy.PolicyStore;
import dev.switchboard.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

@WebFluxTest(PolicyController.class)
class PolicyControllerTest {

    private static final String VALID = """
            {"order":5, "match":{"priority":["URGENT"], "channel":["CHAT"], "customerTier":["VIP"], "team":[]},
             "targets":{"FIRST_REPLY":"PT15M", "RESOLUTION":"PT8H"},
             "calendar":{"zone":"Europe/Berlin", "hours":{"MON":["09:00-12:00","13:00-17:00"]},
                         "holidays":["2026-12-25"]},
             "pauseOn":["PENDING"], "warnAt":[0.5],
             "escalation":[{"level":1, "after":"PT0S", "action":"NOTIFY"}]}
            """;

    @TestConfiguration
    static class InMemoryPolicies {

        @Bean
        Map<String, SlaPolicy> saved() {
            return new ConcurrentHashMap<>();
        }

        @Bean
        PolicyCatalog policyCatalog(Map<String, SlaPolicy> saved) {
            return new PolicyCatalog(List.of(Policies.urgent(), Policies.standard()), new PolicyStore() {
                @Override
                public List<SlaPolicy> findAll() {
                    return List.copyOf(saved.values());
                }

                @Override
                public void save(SlaPolicy policy) {
                    saved.put(policy.name(), policy);
                }
            });
        }
    }

    @Autowired
    private WebTestClient web;

    @Autowired
    private Map<String, SlaPolicy> saved;

    @Test
    void shouldListPoliciesInOrderInTheContractShape() {
        web.get().uri("/api/v1/sla/policies").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].name").isEqualTo("urgent")
                .jsonPath("$[0].order").isEqualTo(10)
                .jsonPath("$[0].targets.RESOLUTION").isEqualTo("PT24H")
                .jsonPath("$[0].calendar").isEqualTo("24x7")
                .jsonPath("$[0].escalation[1].tier").isEqualTo(2)
                .jsonPath("$[1].name").isEqualTo("default");
    }

    @Test
    void shouldStoreAValidPolicyWithBusinessHours() {
        web.put().uri("/api/v1/sla/policies/vip-chat").contentType(MediaType.APPLICATION_JSON).bodyValue(VALID)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("vip-chat")
                .jsonPath("$.calendar.zone").isEqualTo("Europe/Berlin")
                .jsonPath("$.calendar.hours.MON[1]").isEqualTo("13:00-17:00");

        assertThat(saved).containsKey("vip-chat");
        assertThat(saved.get("vip-chat").calendar().alwaysOpen()).isFalse();
    }

    @Test
    void shouldStoreTargetsForRequesterWaitAndAgentWorkTime() {
        web.put().uri("/api/v1/sla/policies/zendesk-like").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"order":20, "targets":{"REQUESTER_WAIT":"PT10H", "AGENT_WORK_TIME":"PT4H"}}
                        """)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.targets.REQUESTER_WAIT").isEqualTo("PT10H")
                .jsonPath("$.targets.AGENT_WORK_TIME").isEqualTo("PT4H");

        assertThat(saved.get("zendesk-like").target(SlaMetric.AGENT_WORK_TIME)).contains(Duration.ofHours(4));
    }

    @Test
    void shouldAnswerValidationProblemsWithTheFieldsInError() {
        web.put().uri("/api/v1/sla/policies/bad").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"targets\":{}, \"warnAt\":[1.5]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[?(@.field == 'order')]").exists()
                .jsonPath("$.errors[?(@.field == 'targets')]").exists()
                .jsonPath("$.errors[?(@.field == 'warnAt[0]')]").exists();
        assertThat(saved).doesNotContainKey("bad");
    }

    @Test
    void shouldRejectAnUnknownZoneAsAValidationProblem() {
        web.put().uri("/api/v1/sla/policies/mars").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VALID.replace("Europe/Berlin", "Mars/Olympus"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("calendar");
    }

    @Test
    void shouldAnswer400ForMalformedJsonAndUnknownEnumValues() {
        web.put().uri("/api/v1/sla/policies/x").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"order\":")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.put().uri("/api/v1/sla/policies/x").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VALID.replace("\"NOTIFY\"", "\"PANIC\""))
                .exchange()
                .expectStatus().isBadRequest();
        web.put().uri("/api/v1/sla/policies/x").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VALID.replace("PT15M", "fifteen minutes"))
                .exchange()
                .expectStatus().isBadRequest();
        assertThat(saved).doesNotContainKey("x");
    }

    @Test
    void shouldAnswer415ForAnotherContentType() {
        web.put().uri("/api/v1/sla/policies/x").contentType(MediaType.TEXT_PLAIN).bodyValue(VALID)
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
