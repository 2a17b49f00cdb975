package dev.switchboard.analytics.correctness;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A day of a contact centre as the producers would publish it: tickets created around the clock for many teams, queued
 * and assigned (some re-assigned), replied to, solved, some reopened and solved again, rated, with SLA outcomes,
 * warnings, pauses, resumes, cancellations and escalations. Deterministic for a seed, so a failure can be replayed.
 */
public final class SyntheticDay {

    /** One published event with its {@code ce_id}. */
    public record Published(String id, String ticketId, Record event) {
    }

    public static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");

    private SyntheticDay() {
    }

    public static List<Published> generate(long seed, int tickets, int teams, int agentsPerTeam) {
        return generate(seed, DAY, "t-", tickets, teams, agentsPerTeam);
    }

    /** A day starting at {@code day}, its ticket ids starting with {@code idPrefix} (so that days can be combined). */
    public static List<Published> generate(long seed, Instant day, String idPrefix, int tickets, int teams,
                                           int agentsPerTeam) {
        Random random = new Random(seed);
        List<Published> out = new ArrayList<>();
        for (int n = 0; n < tickets; n++) {
            String id = idPrefix + n;
            int team = random.nextInt(teams);
            String teamName = "team-" + team;
            Instant created = day.plusMillis((long) (random.nextDouble() * 86_400_000L));
            Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            CustomerTier tier = random.nextInt(5) == 0 ? CustomerTier.VIP : CustomerTier.STANDARD;
            out.add(new Published(id + ":created", id, new TicketCreated(id, "ext-" + n, "synthetic", channel,
                    "s", "d", priority, new Customer("c-" + random.nextInt(500), "C", tier, "en"), teamName,
                    List.of(), List.of(), created, created)));
            out.add(new Published(id + ":queued:1", id, new TicketQueued(id, teamName, priority, created)));
            if (random.nextInt(10) == 0) {
                continue; // still waiting in the queue at the end of the day
            }
            long waitedMs = (long) Math.abs(random.nextGaussian() * 300_000) + random.nextInt(1000);
            Instant assigned = created.plusMillis(waitedMs);
            String agent = teamName + "-agent-" + random.nextInt(agentsPerTeam);
            out.add(new Published(id + ":assigned:1", id,
                    new TicketAssigned(id, agent, teamName, waitedMs, "LEAST_OCCUPIED", assigned)));
            Instant now = assigned;
            if (random.nextInt(8) == 0) {
                now = now.plusSeconds(30 + random.nextInt(600));
                agent = teamName + "-agent-" + random.nextInt(agentsPerTeam);
                out.add(new Published(id + ":assigned:2", id,
                        new TicketAssigned(id, agent, teamName, waitedMs + 5000, "LONGEST_IDLE", now)));
            }
            if (random.nextInt(12) == 0) {
                Priority raised = Priority.URGENT;
                out.add(new Published(id + ":prio", id, new TicketPriorityChanged(id, priority, raised,
                        now.plusMillis(500))));
            }
            if (random.nextInt(15) == 0) {
                out.add(new Published(id + ":note", id, new TicketReplied(id, agent, "note", false,
                        now.plusSeconds(5))));
            }
            Instant firstReply = now.plusSeconds(5 + (long) Math.abs(random.nextGaussian() * 3_000));
            Instant replyDue = created.plusSeconds(3_600);
            out.add(new Published(id + ":reply:1", id, new TicketReplied(id, agent, "hi", true, firstReply)));
            out.add(slaOutcome(id, SlaMetric.FIRST_REPLY, 1, replyDue, firstReply));
            if (firstReply.isAfter(replyDue)) {
                out.add(new Published(id + ":FIRST_REPLY:1:escalated:1", id, new SlaEscalated(id, 1, "breach",
                        SlaMetric.FIRST_REPLY, "RAISE_PRIORITY", null, replyDue.plusSeconds(1))));
            }

            boolean requesterWaitWarned = random.nextInt(4) == 0;
            boolean requesterWaitCancelled = requesterWaitWarned && requesterWait(out, id, created, random);
            if (random.nextInt(10) == 0) {
                String newTeam = "team-" + random.nextInt(teams);
                out.add(new Published(id + ":team-changed", id, new TicketTeamChanged(id, teamName, newTeam,
                        firstReply.plusMillis(1 + random.nextInt(20_000_000)))));
            }

            now = firstReply;
            if (random.nextInt(3) == 0) {
                now = now.plusSeconds(60 + random.nextInt(7_200));
                out.add(new Published(id + ":reply:2", id, new TicketReplied(id, agent, "more", true, now)));

            }
            if (random.nextInt(5) == 0) {
                continue; // open at the end of the day
            }
            Instant solved = now.plusSeconds(60 + (long) Math.abs(random.nextGaussian() * 20_000));
            out.add(new Published(id + ":solved:1", id, new TicketStatusChanged(id, TicketStatus.OPEN,
                    TicketStatus.SOLVED, solved)));
            Instant resolutionDue = created.plusSeconds(8 * 3_600);
            out.add(slaOutcome(id, SlaMetric.RESOLUTION, 1, resolutionDue, solved));
            if (!requesterWaitCancelled && (requesterWaitWarned || random.nextInt(3) == 0)) {
                out.add(slaOutcome(id, SlaMetric.REQUESTER_WAIT, 1, created.plusSeconds(4 * 3_600), solved));
            }
            if (random.nextInt(3) == 0) {
                out.add(slaOutcome(id, SlaMetric.AGENT_WORK_TIME, 1, created.plusSeconds(2 * 3_600), solved));
            }
            if (random.nextInt(7) == 0) {
                Instant reopened = solved.plusSeconds(120 + random.nextInt(3_600));
                out.add(new Published(id + ":reopened:1", id, new TicketReopened(id, 1, reopened)));
                out.add(new Published(id + ":reopen-status", id, new TicketStatusChanged(id, TicketStatus.SOLVED,
                        TicketStatus.OPEN, reopened)));
                if (random.nextBoolean()) {
                    Instant again = reopened.plusSeconds(60 + random.nextInt(10_000));
                    out.add(new Published(id + ":reply:3", id, new TicketReplied(id, agent, "again", true,
                            reopened.plusSeconds(30))));
                    out.add(new Published(id + ":solved:2", id, new TicketStatusChanged(id, TicketStatus.OPEN,
                            TicketStatus.SOLVED, again)));
                    solved = again;
                } else {
                    continue;
                }
            }
            if (random.nextInt(3) == 0) {
                Integer nps = random.nextInt(4) == 0 ? null : random.nextInt(11);
                out.add(new Published(id + ":rated", id, new TicketRated(id, 1 + random.nextInt(5), nps, null,
                        solved.plusSeconds(300 + random.nextInt(3_000)))));
            }
            if (random.nextInt(10) == 0) {
                out.add(new Published(id + ":closed", id, new TicketStatusChanged(id, TicketStatus.SOLVED,
                        TicketStatus.CLOSED, solved.plusSeconds(7_200))));
            }
        }
        return out;
    }

    /** An agent event (no ticket) with its {@code ce_id}. */
    public record AgentPublished(String id, String agentId, Record event) {
    }

    /**
     * The agents' side of the day: each agent's team (the first agent of every team moves to the next team at noon),
     * signing in during the first hours, breaks (AWAY), signing out (OFFLINE) in the evening and sometimes in again.
     */
    public static List<AgentPublished> agentDay(long seed, Instant day, int teams, int agentsPerTeam) {
        Random random = new Random(seed);
        List<AgentPublished> out = new ArrayList<>();
        for (int team = 0; team < teams; team++) {
            for (int n = 0; n < agentsPerTeam; n++) {
                String agent = "team-" + team + "-agent-" + n;
                out.add(new AgentPublished(agent + ":updated:0", agent, new AgentUpdated(agent, agent,
                        "team-" + team, 1, Map.of(), Map.of(), day.minusSeconds(3_600))));
                if (n == 0) {
                    out.add(new AgentPublished(agent + ":updated:1", agent, new AgentUpdated(agent, agent,
                            "team-" + (team + 1) % teams, 1, Map.of(), Map.of(), day.plusSeconds(12 * 3_600))));
                }
                Instant at = day.plusMillis(random.nextInt(4 * 3_600_000));
                AgentStatus previous = null;
                int changes = 2 + random.nextInt(8);
                for (int c = 0; c < changes; c++) {
                    AgentStatus status = c == changes - 1 && random.nextInt(4) != 0 ? AgentStatus.OFFLINE
                            : AgentStatus.values()[random.nextInt(AgentStatus.values().length)];
                    out.add(new AgentPublished(agent + ":presence:" + c, agent,
                            new AgentPresenceChanged(agent, status, previous, at)));
                    previous = status;
                    at = at.plusMillis(1 + random.nextInt(3 * 3_600_000));
                }
            }
        }
        return out;
    }

    /** A {@code routing.unassigned} for some assigned tickets, a while after their latest assignment. */
    public static List<Published> unassignments(long seed, List<Published> day) {
        Random random = new Random(seed);
        Map<String, TicketAssigned> latest = new TreeMap<>();
        day.stream().filter(p -> p.event() instanceof TicketAssigned).forEach(p -> latest.merge(p.ticketId(),
                (TicketAssigned) p.event(), (a, b) -> a.assignedAt().isAfter(b.assignedAt()) ? a : b));
        List<Published> out = new ArrayList<>();
        latest.forEach((ticketId, assignment) -> {
            if (random.nextInt(8) == 0) {
                out.add(new Published(ticketId + ":unassigned", ticketId, new TicketUnassigned(ticketId,
                        assignment.agentId(), "agent-away",
                        assignment.assignedAt().plusMillis(1 + random.nextInt(3_600_000)))));
            }
        });
        return out;
    }

    /**
     * A warning of the requester-wait clock, sometimes paused after it and sometimes resumed again, or cancelled.
     *
     * @return whether the clock was cancelled (it has no outcome then)
     */
    private static boolean requesterWait(List<Published> out, String id, Instant created, Random random) {
        Instant due = created.plusSeconds(4 * 3_600);
        Instant warned = created.plusMillis(1 + random.nextInt(3 * 3_600_000));
        String prefix = id + ":" + SlaMetric.REQUESTER_WAIT + ":1";
        out.add(new Published(prefix + ":warning:0.75", id,
                new SlaWarning(id, SlaMetric.REQUESTER_WAIT, due, 0.75, warned)));
        if (random.nextBoolean()) {
            Instant paused = warned.plusMillis(1 + random.nextInt(1_800_000));
            out.add(new Published(prefix + ":paused:1", id,
                    new SlaPaused(id, SlaMetric.REQUESTER_WAIT, paused, 60_000)));
            if (random.nextBoolean()) {
                Instant resumed = paused.plusMillis(1 + random.nextInt(1_800_000));
                out.add(new Published(prefix + ":resumed:1", id,
                        new SlaResumed(id, SlaMetric.REQUESTER_WAIT, resumed, due.plusSeconds(600))));
            }
        } else if (random.nextInt(3) == 0) {
            // a priority or team change selected a policy without a requester-wait target: no outcome follows
            Instant cancelled = warned.plusMillis(1 + random.nextInt(1_800_000));
            out.add(new Published(prefix + ":cancelled", id,
                    new SlaCancelled(id, SlaMetric.REQUESTER_WAIT, "no-target", due, cancelled)));
            return true;
        }
        return false;
    }

    private static Published slaOutcome(String ticketId, SlaMetric metric, int cycle, Instant due, Instant stoppedAt) {
        String prefix = ticketId + ":" + metric + ":" + cycle;
        return stoppedAt.isAfter(due)
                ? new Published(prefix + ":breached", ticketId, new SlaBreached(ticketId, metric, due, due))
                : new Published(prefix + ":achieved", ticketId, new SlaAchieved(ticketId, metric, due, stoppedAt));
    }
}
