package dev.switchboard.local.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated contact center: staffs the teams, lets tickets arrive, and plays each assigned ticket's conversation
 * through the {@link ContactCenterApi}. Every task runs on the one {@link Scheduler} thread; a failed call is
 * counted and logged, and the simulation goes on (a service may be restarting).
 */
public final class ContactCenter {

    private static final Logger log = LoggerFactory.getLogger(ContactCenter.class);
    static final Duration ASSIGNMENT_POLL = Duration.ofSeconds(2);
    static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final ContactCenterApi api;
    private final Scenario scenario;
    private final Arrivals arrivals;
    private final Scheduler scheduler;
    private final Consumer<String> report;
    private final String runId;
    private final DemoStats stats = new DemoStats();
    /** ticket id → ticket number, for tickets not yet assigned */
    private final Map<String, Long> waiting = new LinkedHashMap<>();
    private long ticketsCreated;
    private volatile boolean running;

    /**
     * @param report where the per-minute line goes (the console in local mode)
     * @param clock  names the run, so that external ids of different runs do not collide
     */
    public ContactCenter(ContactCenterApi api, DemoSettings settings, Scheduler scheduler, Clock clock,
                         Consumer<String> report) {
        this.api = api;
        this.scenario = new Scenario(settings.seed());
        this.arrivals = scenario.arrivals(settings.ticketsPerMinute());
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
            api.configureAgent(agent);
            api.setPresence(agent.id(), "AVAILABLE");
            PresencePlan plan = scenario.presence(i);
            later(plan.untilNextBreak(), () -> takeBreak(agent.id(), plan));
        }
        later(arrivals.nextGap(), this::arrive);
        later(ASSIGNMENT_POLL, this::pollAssignments);
        later(REPORT_EVERY, this::reportMinute);
    }

    /** Stops scheduling anything new; what is in flight finishes. */
    public void stop() {
        running = false;
    }

    private void arrive() {
        // scheduled first, so that a failed create does not end the arrivals
        later(arrivals.nextGap(), this::arrive);
        long n = ++ticketsCreated;
        String id = api.createTicket(scenario.ticket(n, runId));
        waiting.put(id, n);
        stats.ticketCreated();
    }

    private void pollAssignments() {
        later(ASSIGNMENT_POLL, this::pollAssignments);
        for (Map.Entry<String, Long> entry : new ArrayList<>(waiting.entrySet())) {
            Optional<String> agent = api.assignee(entry.getKey());
            if (agent.isPresent()) {
                waiting.remove(entry.getKey());
                stats.ticketAssigned();
                play(entry.getKey(), agent.get(), scenario.conversation(entry.getValue()), 0);
            }
        }
    }

    private void play(String ticketId, String agentId, List<Step> steps, int index) {
        if (index == steps.size()) {
            return;
        }
        Step step = steps.get(index);
        later(step.after(), () -> {
            // the next step first: a failed one (e.g. a 409 after routing moved the ticket) does not end the story
            play(ticketId, agentId, steps, index + 1);
            perform(ticketId, agentId, step);
        });
    }

    private void perform(String ticketId, String agentId, Step step) {
        switch (step) {
            case Step.AgentReply reply -> api.postEvent(ticketId,
                    Map.of("type", "AGENT_REPLY", "agentId", agentId, "body", reply.body(), "public", true));
            case Step.CustomerMessage message -> api.postEvent(ticketId,
                    Map.of("type", "CUSTOMER_MESSAGE", "body", message.body()));
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

    int waiting() {
        return waiting.size();
    }

    long failedCalls() {
        return stats.failedCalls();
    }
}
