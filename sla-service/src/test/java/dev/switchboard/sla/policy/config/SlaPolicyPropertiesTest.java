package dev.switchboard.sla.policy.config;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.policy.EscalationAction;
import dev.switchboard.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped application.yml binds to the policies the brief asks for. */
class SlaPolicyPropertiesTest {

    @Test
    void shouldBindTheShippedDefaultPolicies() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
        conversion.addConverter(new CalendarPropertiesConverter());
        Binder binder = new Binder(ConfigurationPropertySources.get(environment), null, conversion);

        List<SlaPolicy> policies = binder.bind("switchboard.sla", SlaPolicyProperties.class)
                .orElseThrow(IllegalStateException::new).toPolicies();

        SlaPolicy urgent = policies.stream().filter(p -> p.name().equals("urgent")).findFirst().orElseThrow();
        assertThat(urgent.order()).isEqualTo(10);
        assertThat(urgent.match().priority()).containsExactlyInAnyOrder(Priority.URGENT, Priority.HIGH);
        assertThat(urgent.target(SlaMetric.FIRST_REPLY)).contains(Duration.ofHours(1));
        assertThat(urgent.calendar().alwaysOpen()).isTrue();
        assertThat(urgent.pauseOn()).containsExactlyInAnyOrder(TicketStatus.PENDING, TicketStatus.ON_HOLD);
        assertThat(urgent.warnAt()).containsExactly(0.75, 0.9);
        assertThat(urgent.escalation()).extracting(e -> e.action())
                .containsExactly(EscalationAction.RAISE_PRIORITY, EscalationAction.ROUTE_TO_TIER);
        SlaPolicy fallback = policies.stream().filter(p -> p.name().equals("default")).findFirst().orElseThrow();
        assertThat(fallback.match().priority()).isEmpty();
        assertThat(fallback.target(SlaMetric.RESOLUTION)).contains(Duration.ofDays(3));
    }

    @Test
    void shouldBindDefaultTargetsForRequesterWaitAndAgentWorkTime() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "switchboard.sla.policies.zendesk-like.order", "20",
                "switchboard.sla.policies.zendesk-like.targets.REQUESTER_WAIT", "PT10H",
                "switchboard.sla.policies.zendesk-like.targets.AGENT_WORK_TIME", "PT4H")));

        SlaPolicy policy = binder.bind("switchboard.sla", SlaPolicyProperties.class)
                .orElseThrow(IllegalStateException::new).toPolicies().getFirst();

        assertThat(policy.targets()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SlaMetric.REQUESTER_WAIT, Duration.ofHours(10), SlaMetric.AGENT_WORK_TIME, Duration.ofHours(4)));
    }
}
