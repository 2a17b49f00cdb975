package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketOffered;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.routing.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.switchboard.routing.assignment.Events.T0;
import static dev.switchboard.routing.assignment.Events.agent;
import static dev.switchboard.routing.assignment.Events.presence;
import static dev.switchboard.routing.assignment.Events.status;
import static dev.switchboard.routing.assignment.Events.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the engine with long random sequences of every event it consumes (seeded, so a failure replays) and checks
 * after each decision that no agent is over capacity, no ticket is held twice, nothing went to an agent who is not
 * AVAILABLE, and no waiting ticket is left while an agent could take it.
 */
class RoutingInvariantsTest {

    private static final List<String> TEAMS = List.of("billing", "sales");
    private static final List<String> SKILLS = List.of("billing", "german", "refund");
    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99_999})
    void shouldKeepInvariantsUnderRandomEvents(long seed) {
        Random random = new Random(seed);
        MutableClock clock = new MutableClock(T0);
        RoutingEngine engine = new RoutingEngine(clock);
        List<String> agentIds = List.of("a1", "a2", "a3", "a4", "a5");
        List<String> ticketIds = new ArrayList<>();
        int assignedEvents = 0;

        for (int step = 0; step < 2_000; step++) {
            clock.advance(Duration.ofSeconds(random.nextInt(30)));
            String eventId = "e-" + step;
            Decision decision = switch (random.nextInt(8)) {
                case 0 -> engine.agentUpdated(eventId, agent(pick(random, agentIds)).team(pick(random, TEAMS))
                        .skills(randomSkills(random))
                        .capacity(randomCapacity(random))
                        .build());
                case 1 -> engine.presenceChanged(eventId, presence(pick(random, agentIds),
                        AgentStatus.values()[random.nextInt(3)]));
                case 2, 3 -> {
                    String id = "t-" + ticketIds.size();
                    ticketIds.add(id);
                    yield engine.ticketCreated(eventId, ticket(id)
                            .team(random.nextInt(5) == 0 ? null : pick(random, TEAMS))
                            .channel(CHANNELS[random.nextInt(3)])
                            .priority(Priority.values()[random.nextInt(4)])
                            .skills(random.nextBoolean() ? new String[] {pick(random, SKILLS)} : new String[0])
                            .createdAt(clock.instant())
                            .build());
                }
                case 4 -> ticketIds.isEmpty() ? Decision.NONE : engine.ticketStatusChanged(eventId,
                        status(pick(random, ticketIds), TicketStatus.OPEN,
                                random.nextBoolean() ? TicketStatus.SOLVED : TicketStatus.CLOSED));
                case 5 -> ticketIds.isEmpty() ? Decision.NONE
                        : engine.ticketReopened(eventId, new TicketReopened(pick(random, ticketIds), 1, T0));
                case 6 -> ticketIds.isEmpty() ? Decision.NONE : engine.ticketPriorityChanged(eventId,
                        new TicketPriorityChanged(pick(random, ticketIds), Priority.NORMAL,
                                Priority.values()[random.nextInt(4)], T0));
                default -> engine.presenceChanged(eventId, presence(pick(random, agentIds), AgentStatus.AVAILABLE));
            };
            assignedEvents += checkAssignmentsWentToAvailableAgents(engine, decision);
            checkNoAssignmentOverCapacity(engine, decision);
            checkNoTicketHeldTwice(engine);
            checkNoWaitingTicketCouldBeServed(engine);
        }
        assertThat(assignedEvents).as("the random walk exercised assignments").isGreaterThan(100);
    }

    /**
     * The same walk with every rule of the policy in play: a random strategy, routing cycles that widen the pool, AWAY
     * grace periods, tier escalations, team changes, tickets that name skill levels, PENDING tickets that free
     * capacity. The "nothing left waiting" check asks the engine's own eligibility rule, since eligibility now depends
     * on the step each ticket reached.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2024, 77_777})
    void shouldKeepInvariantsWithEveryRuleOfThePolicy(long seed) {
        walkWithEveryRule(seed, Set.of());
    }

    /**
     * The same walk where one team works with offers: agents answer open offers at random (or let them time out),
     * an offered ticket holds capacity like an assigned one and is never held twice.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 13, 4242})
    void shouldKeepInvariantsWithOffers(long seed) {
        walkWithEveryRule(seed, Set.of("sales"));
    }

    private void walkWithEveryRule(long seed, Set<String> offerTeams) {
        Random random = new Random(seed);
        MutableClock clock = new MutableClock(T0);
        Strategy strategy = Strategy.values()[random.nextInt(Strategy.values().length)];
        RoutingEngine engine = new RoutingEngine(clock, RoutingPolicy.DEFAULTS.withStrategy(strategy)
                .withPendingHoldsCapacity(random.nextBoolean()).withOffers(offerTeams, Duration.ofMinutes(1)));
        List<String> agentIds = List.of("a1", "a2", "a3", "a4", "a5", "a6");
        List<String> ticketIds = new ArrayList<>();
        int assignedEvents = 0;
        int acceptedOffers = 0;

        for (int step = 0; step < 3_000; step++) {
            clock.advance(Duration.ofSeconds(random.nextInt(40)));
            String eventId = "e-" + step;
            Decision decision = switch (random.nextInt(offerTeams.isEmpty() ? 12 : 14)) {
                case 0 -> engine.agentUpdated(eventId, agent(pick(random, agentIds)).team(pick(random, TEAMS))
                        .tier(1 + random.nextInt(3))
                        .skills(randomSkills(random))
                        .capacity(randomCapacity(random))
                        .build());
                case 1 -> engine.presenceChanged(eventId, presence(pick(random, agentIds),
                        AgentStatus.values()[random.nextInt(3)]));
                case 2, 3 -> {
                    String id = "t-" + ticketIds.size();
                    ticketIds.add(id);
                    yield engine.ticketCreated(eventId, ticket(id)
                            .team(random.nextInt(5) == 0 ? null : pick(random, TEAMS))
                            .channel(CHANNELS[random.nextInt(3)])
                            .priority(Priority.values()[random.nextInt(4)])
                            .customer("c-" + random.nextInt(10))
                            .skills(random.nextBoolean()
                                    ? new String[] {pick(random, SKILLS) + ":" + (1 + random.nextInt(5))}
                                    : new String[0])
                            .createdAt(clock.instant())
                            .build());
                }
                case 4 -> ticketIds.isEmpty() ? Decision.NONE : engine.ticketStatusChanged(eventId,
                        status(pick(random, ticketIds), TicketStatus.OPEN,
                                List.of(TicketStatus.SOLVED, TicketStatus.CLOSED, TicketStatus.PENDING,
                                        TicketStatus.OPEN).get(random.nextInt(4))));
                case 5 -> ticketIds.isEmpty() ? Decision.NONE
                        : engine.ticketReopened(eventId, new TicketReopened(pick(random, ticketIds), 1, T0));
                case 6 -> ticketIds.isEmpty() ? Decision.NONE : engine.slaEscalated(eventId,
                        new SlaEscalated(pick(random, ticketIds), 2, "breached", SlaMetric.RESOLUTION,
                                RoutingEngine.ROUTE_TO_TIER, 2 + random.nextInt(2), clock.instant()));
                case 7, 8 -> engine.tick();
                case 10 -> ticketIds.isEmpty() ? Decision.NONE : engine.ticketTeamChanged(eventId,
                        new TicketTeamChanged(pick(random, ticketIds), null,
                                random.nextInt(5) == 0 ? null : pick(random, TEAMS), clock.instant()));
                case 12, 13 -> engine.tickets().stream().filter(t -> t.phase() == TicketPhase.OFFERED).findAny()
                        .map(offer -> engine.offerAnswered(eventId, new OfferAnswered(offer.agentId(), offer.id(),
                                random.nextInt(3) > 0, clock.instant())))
                        .orElse(Decision.NONE);
                default -> engine.presenceChanged(eventId, presence(pick(random, agentIds), AgentStatus.AVAILABLE));
            };
            assignedEvents += checkAssignmentsWentToAvailableAgents(engine, decision);
            acceptedOffers += (int) decision.events().stream().map(RaisedEvent::data)
                    .filter(data -> data instanceof TicketAssigned a && Boolean.TRUE.equals(a.offered())).count();
            checkNoAssignmentOverCapacity(engine, decision);
            checkNoTicketHeldTwice(engine);
            for (TicketState ticket : engine.tickets()) {
                for (AgentState agent : engine.agents(null)) {
                    assertThat(engine.couldTake(agent.id(), ticket.id()))
                            .as("waiting %s could go to %s", ticket.id(), agent.id()).isFalse();
                }
            }
        }
        assertThat(assignedEvents).as("the random walk exercised assignments").isGreaterThan(100);
        if (!offerTeams.isEmpty()) {
            assertThat(acceptedOffers).as("the random walk exercised accepted offers").isGreaterThanOrEqualTo(10);
        }
    }

    private static int checkAssignmentsWentToAvailableAgents(RoutingEngine engine, Decision decision) {
        List<TicketAssigned> assignments = decision.events().stream().map(RaisedEvent::data)
                .filter(TicketAssigned.class::isInstance).map(TicketAssigned.class::cast).toList();
        for (TicketAssigned assignment : assignments) {
            assertThat(engine.agent(assignment.agentId()).orElseThrow().status())
                    .as("status of %s when it got %s", assignment.agentId(), assignment.ticketId())
                    .isEqualTo(AgentStatus.AVAILABLE);
        }
        return assignments.size();
    }

    /**
     * An admin may lower a capacity below the current load; what must never happen is a ticket on top of it. Capacity
     * is taken when a ticket is assigned directly or offered: accepting an offer takes none beyond what it held.
     */
    private static void checkNoAssignmentOverCapacity(RoutingEngine engine, Decision decision) {
        decision.events().stream().map(RaisedEvent::data)
                .filter(data -> data instanceof TicketAssigned a && !Boolean.TRUE.equals(a.offered())
                        || data instanceof TicketOffered)
                .forEach(data -> {
                    String agentId = data instanceof TicketAssigned a ? a.agentId() : ((TicketOffered) data).agentId();
                    String ticketId = data instanceof TicketAssigned a ? a.ticketId() : ((TicketOffered) data).ticketId();
                    AgentState agent = engine.agent(agentId).orElseThrow();
                    Channel channel = engine.ticket(ticketId).orElseThrow().channel();
                    assertThat(agent.load().getOrDefault(channel, 0)).as("load of %s on %s", agent.id(), channel)
                            .isLessThanOrEqualTo(agent.capacity().getOrDefault(channel, 0));
                });
    }

    private static void checkNoTicketHeldTwice(RoutingEngine engine) {
        Set<String> held = new HashSet<>();
        for (AgentState agent : engine.agents(null)) {
            for (String ticketId : agent.assignedTickets().keySet()) {
                assertThat(held.add(ticketId)).as("ticket %s held twice", ticketId).isTrue();
                TicketState ticket = engine.ticket(ticketId).orElseThrow();
                assertThat(ticket.phase()).isIn(TicketPhase.ASSIGNED, TicketPhase.OFFERED);
                assertThat(ticket.agentId()).isEqualTo(agent.id());
            }
        }
        long assigned = engine.tickets().stream()
                .filter(t -> t.phase() == TicketPhase.ASSIGNED || t.phase() == TicketPhase.OFFERED).count();
        assertThat(held).hasSize((int) assigned);
    }

    private static void checkNoWaitingTicketCouldBeServed(RoutingEngine engine) {
        for (TicketState ticket : engine.tickets()) {
            if (ticket.phase() != TicketPhase.WAITING) {
                continue;
            }
            for (AgentState agent : engine.agents(null)) {
                boolean couldTake = agent.status() == AgentStatus.AVAILABLE
                        && (ticket.team() == null || ticket.team().equals(agent.team()))
                        && ticket.skills().stream().allMatch(skill -> agent.skills().getOrDefault(skill, 0) >= 1)
                        && agent.load().getOrDefault(ticket.channel(), 0)
                        < agent.capacity().getOrDefault(ticket.channel(), 0);
                assertThat(couldTake).as("waiting %s could go to %s", ticket.id(), agent.id()).isFalse();
            }
        }
    }

    private static Map<String, Integer> randomSkills(Random random) {
        Map<String, Integer> skills = new HashMap<>();
        SKILLS.forEach(skill -> {
            if (random.nextInt(3) > 0) {
                skills.put(skill, 1 + random.nextInt(5));
            }
        });
        return skills;
    }

    /** Sometimes a channel is missing, sometimes 0; capacity can also drop below the current load. */
    private static Map<Channel, Integer> randomCapacity(Random random) {
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        for (Channel channel : CHANNELS) {
            if (random.nextInt(4) > 0) {
                capacity.put(channel, random.nextInt(4));
            }
        }
        return capacity;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
