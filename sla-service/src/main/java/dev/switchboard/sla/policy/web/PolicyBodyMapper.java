package dev.switchboard.sla.policy.web;

import dev.switchboard.sla.calendar.CalendarSpec;
import dev.switchboard.sla.policy.EscalationAction;
import dev.switchboard.sla.policy.EscalationRule;
import dev.switchboard.sla.policy.PolicyMatch;
import dev.switchboard.sla.policy.SlaPolicy;
import dev.switchboard.sla.web.FieldMessage;
import dev.switchboard.sla.web.InvalidRequestException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Between the API's shape and the domain's, with the checks Bean Validation cannot express. */
final class PolicyBodyMapper {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private PolicyBodyMapper() {
    }

    static SlaPolicy toPolicy(String name, PolicyBody body) {
        List<FieldMessage> errors = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            errors.add(new FieldMessage("name", "must be 1-63 of a-z, 0-9, '-', '_', starting with a letter or digit"));
        }
        body.targets().forEach((metric, target) -> {
            if (target != null && (target.isNegative() || target.isZero())) {
                errors.add(new FieldMessage("targets." + metric, "must be a positive duration"));
            }
        });
        CalendarSpec calendar = CalendarSpec.ALWAYS_OPEN;
        if (body.calendar() != null) {
            try {
                calendar = body.calendar().toSpec();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldMessage("calendar", e.getMessage()));
            }
        }
        List<EscalationRule> escalation = new ArrayList<>();
        var levels = new HashSet<Integer>();
        List<PolicyBody.Escalation> written = body.escalation() == null ? List.of() : body.escalation();
        for (int i = 0; i < written.size(); i++) {
            PolicyBody.Escalation e = written.get(i);
            if (e.after().isNegative()) {
                errors.add(new FieldMessage("escalation[" + i + "].after", "must not be negative"));
            } else if (e.action() == EscalationAction.ROUTE_TO_TIER && e.tier() == null) {
                errors.add(new FieldMessage("escalation[" + i + "].tier", "is required for ROUTE_TO_TIER"));
            } else if (!levels.add(e.level())) {
                errors.add(new FieldMessage("escalation[" + i + "].level", "appears twice"));
            } else {
                escalation.add(new EscalationRule(e.level(), e.after(), e.action(), e.tier()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        PolicyBody.Match m = body.match();
        PolicyMatch match = m == null ? PolicyMatch.ANY
                : new PolicyMatch(m.priority(), m.channel(), m.customerTier(), m.team());
        return new SlaPolicy(name, body.order(), match, body.targets(), calendar, body.pauseOn(), body.warnAt(),
                escalation);
    }

    static PolicyBody toBody(SlaPolicy policy) {
        PolicyMatch m = policy.match();
        return new PolicyBody(policy.name(), policy.order(),
                new PolicyBody.Match(m.priority(), m.channel(), m.customerTier(), m.team()),
                policy.targets(), CalendarBody.of(policy.calendar()), policy.pauseOn(), policy.warnAt(),
                policy.escalation().stream()
                        .map(e -> new PolicyBody.Escalation(e.level(), e.after(), e.action(), e.tier()))
                        .toList());
    }
}
