package dev.switchboard.local.faults;

import java.util.List;

/**
 * What the fault suite found after the faults, from the raw topics and the stores.
 *
 * @param accepted             tickets whose create was answered 201 (durable in Kafka by the contract)
 * @param lost                 accepted tickets missing from {@code tickets.events} or from the ticket view
 * @param duplicateAssignments times a ticket was assigned to a second agent while a first still held it
 * @param overCapacity         times an agent held more tickets of a channel than its capacity
 * @param missedDeadlines      SLA clocks still running long after their due time: a deadline that never fired
 * @param duplicateFires       deadlines that fired more than once (distinct event ids for one clock and due time)
 * @param analyticsCreated     analytics' {@code created} over the run; {@code truthCreated} the topic's count
 * @param problems             one line per finding, for the report
 */
public record AuditReport(long accepted, long lost, long duplicateAssignments, long overCapacity, long missedDeadlines,
                          long duplicateFires, long analyticsCreated, long truthCreated, List<String> problems) {

    public AuditReport {
        problems = List.copyOf(problems);
    }

    public boolean analyticsMatches() {
        return analyticsCreated == truthCreated;
    }

    public boolean clean() {
        return lost == 0 && duplicateAssignments == 0 && overCapacity == 0 && missedDeadlines == 0
                && duplicateFires == 0 && analyticsMatches();
    }
}
