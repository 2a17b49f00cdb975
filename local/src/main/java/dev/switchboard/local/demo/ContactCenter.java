package dev.switchboard.local.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated contact center: staffs the teams, lets each team's tickets arrive by its own process, and plays each
 * assigned ticket's conversation through the {@link ContactCenterApi} at the pace of the agent who holds it; a ticket
 * the customer reopens waits for its next assignment before its story goes on. Every task runs on the one {@link Scheduler} thread; a failed call is
 * counted and logged, and the simulation goes on (a service may be restarting).
 */
public final class ContactCenter {

    private static final Logger log = LoggerFactory.getLogger(ContactCenter.class);
    static final Duration ASSIGNMENT_POLL = Duration.ofSeconds(2);
    static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final ContactCenterApi api;
    private final Scenario scenario;
    private final Map<String, Arrivals> arrivals;
    private final Scheduler scheduler;
    private final Consumer<String> report;
    private final String runId;
    private final DemoStats stats = new DemoStats();
    /** ticket id → the rest of its story, for tickets not (again) assigned yet */
    private final Map<String, List<Step>> waiting = new LinkedHashMap<>();
    /** team → how many of its tickets arrived */
    private final Map<String, Long> arrived = new LinkedHashMap<>();
    /** agent id → pace */
    private final Map<String, Double> paces = new LinkedHashMap<>();
    private volatile boolean running;

    /**
     * @param report where the per-minute line goes (the console in local mode)
     * @param clock  names the run, so that external ids of different runs do not collide, and gives the time of day
     *               the settings' day shape starts at
     */
    public ContactCenter(ContactCenterApi api, DemoSettings settings, Scheduler scheduler, Clock clock,
                         Consumer<String> report) {
        this.api = api;
        this.scenario = new Scenario(settings.seed());
        Duration startOfDay = Duration.ofNanos(LocalTime.ofInstant(clock.instant(), clock.getZone()).toNanoOfDay());
        this.arrivals = scenario.arrivals(settings, startOfDay);
        this.scheduler = scheduler;
        this.report = report;
        this.runId = Long.toString(clock.millis(), 36);
    }

    /** Configures the agents, makes them available, and starts arrivals, polling and reports. */
    public void start() {
        running = true;
        List<DemoAgent> roster = scenario.roster();
        for (int i = 0; i < roster.size(); i++) {
            DemoAgent agent = roster.get(i);
            paces.put(agent.id(), agent.pace());
            api.configureAgent(agent);
            api.setPresence(agent.id(), "AVAILABLE");
            PresencePlan plan = scenario.presence(i);
            later(plan.untilNextBreak(), () -> takeBreak(agent.id(), plan));
        }
        arrivals.forEach((team, process) -> later(process.nextGap(), () -> arrive(team, process)));
        later(ASSIGNMENT_POLL, this::pollAssignments);
        later(REPORT_EVERY, this::reportMinute);
    }

    /** Stops scheduling anything new; what is in flight finishes. */
    public void stop() {
        running = false;
    }

    private void arrive(String team, Arrivals process) {
        // scheduled first, so that a failed create does not end the arrivals
        later(process.nextGap(), () -> arrive(team, process));
        long n = arrived.merge(team, 1L, Long::sum);
        NewTicket ticket = scenario.ticket(team, n, runId);
        String id = api.createTicket(ticket);
        waiting.put(id, scenario.conversation(team, n, ticket.channel()));
        stats.ticketCreated(team);
    }

    private void pollAssignments() {
        later(ASSIGNMENT_POLL, this::pollAssignments);
        for (Map.Entry<String, List<Step>> entry : new ArrayList<>(waiting.entrySet())) {
            Optional<String> agent = api.assignee(entry.getKey());
            if (agent.isPresent()) {
                waiting.remove(entry.getKey());
                stats.ticketAssigned();
                play(entry.getKey(), agent.get(), entry.getValue(), 0);
            }
        }
    }

    private void play(String ticketId, String agentId, List<Step> steps, int index) {
        if (index == steps.size()) {
            return;
        }
        Step step = steps.get(index);
        later(Conversation.paced(step, paces.getOrDefault(agentId, 1.0)), () -> {
            if (step instanceof Step.Reopen reopen) {
                reopen(ticketId, reopen, steps.subList(index + 1, steps.size()));
                return;
            }
            // the next step first: a failed one (e.g. a 409 after routing moved the ticket) does not end the story
            play(ticketId, agentId, steps, index + 1);
            perform(ticketId, agentId, step);
        });
    }

    /**
     * A customer message on a SOLVED ticket reopens it (the contract's lifecycle); routing assigns it again, to the
     * same agent when it can, and the rest of the story plays once the poll sees an assignee. The ticket view keeps
     * the solving agent as assignee until routing says otherwise, so the poll usually continues with that agent.
     */
    private void reopen(String ticketId, Step.Reopen reopen, List<Step> rest) {
        api.postEvent(ticketId, Map.of("type", "CUSTOMER_MESSAGE", "body", reopen.body()));
        stats.ticketReopened();
        waiting.put(ticketId, rest);
    }

    private void perform(String ticketId, String agentId, Step step) {
        switch (step) {
            case Step.AgentReply reply -> api.postEvent(ticketId,
                    Map.of("type", "AGENT_REPLY", "agentId", agentId, "body", reply.body(), "public", true));
            case Step.CustomerMessage message -> api.postEvent(ticketId,
                    Map.of("type", "CUSTOMER_MESSAGE", "body", message.body()));
            case Step.Reopen reopen -> throw new IllegalStateException("a reopen is played by reopen(…)");
            case Step.Solve solve -> {
                api.postEvent(ticketId, Map.of("type", "STATUS_CHANGED", "status", "SOLVED"));
                stats.ticketSolved();
            }
            case Step.Rate rate -> {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("type", "SATISFACTION_RATED");
                event.put("csat", rate.csat());
                if (rate.nps() != null) {
                    event.put("nps", rate.nps());
                }
                event.put("comment", rate.comment());
                api.postEvent(ticketId, event);
            }
        }
    }

    private void takeBreak(String agentId, PresencePlan plan) {
        later(plan.breakLength(), () -> comeBack(agentId, plan));
        api.setPresence(agentId, "AWAY");
    }

    private void comeBack(String agentId, PresencePlan plan) {
        later(plan.untilNextBreak(), () -> takeBreak(agentId, plan));
        api.setPresence(agentId, "AVAILABLE");
    }

    private void reportMinute() {
        report.accept(stats.minuteLine(waiting.size()));
        later(REPORT_EVERY, this::reportMinute);
    }

    /** Schedules a task that counts and logs its failure instead of killing the scheduler thread. */
    private void later(Duration delay, Runnable task) {
        if (!running) {
            return;
        }
        scheduler.schedule(delay, () -> {
            if (!running) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                stats.callFailed();
                log.warn("demo: {}", e.getMessage());
            }
        });
    }

    long created() {
        return stats.createdTotal();
    }

    long solved() {
        return stats.solvedTotal();
    }

    long reopened() {
        return stats.reopenedTotal();
    }

    Map<String, Long> createdPerTeam() {
        return stats.createdPerTeam();
    }

    int waiting() {
        return waiting.size();
    }

    long failedCalls() {
        return stats.failedCalls();
    }
}
