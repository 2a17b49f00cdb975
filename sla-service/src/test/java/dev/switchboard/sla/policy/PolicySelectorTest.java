package dev.switchboard.sla.policy;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PolicySelectorTest {

    private final List<SlaPolicy> policies = List.of(Policies.standard(), Policies.urgent());

    @Test
    void shouldChooseTheLowestOrderWhoseMatchFits() {
        assertThat(PolicySelector.select(policies, Policies.ticket(Priority.URGENT)))
                .map(SlaPolicy::name).contains("urgent");
        assertThat(PolicySelector.select(policies, Policies.ticket(Priority.HIGH)))
                .map(SlaPolicy::name).contains("urgent");
    }

    @Test
    void shouldFallBackToTheCatchAllWhenNoNarrowerPolicyFits() {
        assertThat(PolicySelector.select(policies, Policies.ticket(Priority.NORMAL)))
                .map(SlaPolicy::name).contains("default");
    }

    @Test
    void shouldRequireEveryNonEmptyConditionToFit() {
        SlaPolicy vipChat = new SlaPolicy("vip-chat", 1,
                new PolicyMatch(Set.of(), Set.of(Channel.CHAT), Set.of(CustomerTier.VIP), Set.of()),
                Policies.standard().targets(), null, null, null, null);
        List<SlaPolicy> withVip = List.of(Policies.standard(), vipChat);

        assertThat(PolicySelector.select(withVip,
                new TicketProfile(Priority.LOW, Channel.CHAT, CustomerTier.VIP, null)))
                .map(SlaPolicy::name).contains("vip-chat");
        assertThat(PolicySelector.select(withVip,
                new TicketProfile(Priority.LOW, Channel.EMAIL, CustomerTier.VIP, null)))
                .map(SlaPolicy::name).contains("default");
        assertThat(PolicySelector.select(withVip,
                new TicketProfile(Priority.LOW, Channel.CHAT, null, null)))
                .map(SlaPolicy::name).contains("default");
    }

    @Test
    void shouldFindNothingWhenNoPolicyFits() {
        assertThat(PolicySelector.select(List.of(Policies.urgent()), Policies.ticket(Priority.LOW))).isEmpty();
    }
}
