package dev.switchboard.events.sla;

/**
 * The measured SLA targets. REQUESTER_WAIT (time the customer waits on us: every status but PENDING, until SOLVED)
 * and AGENT_WORK_TIME (time in NEW and OPEN, until SOLVED) follow Zendesk's definitions and extend the contract.
 */
public enum SlaMetric { FIRST_REPLY, NEXT_REPLY, PERIODIC_UPDATE, RESOLUTION, REQUESTER_WAIT, AGENT_WORK_TIME }
