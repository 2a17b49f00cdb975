package dev.switchboard.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.switchboard.events.ticket.CustomerTier;

/**
 * What the simulated customers of one team write about: channel and priority from the team's {@link TeamDemand},
 * skills, language, subject and customer, with a share of VIP customers. Which team a ticket is for is decided by
 * the team's own arrival process, not here.
 */
public final class TicketMix {

    static final double VIP_SHARE = 0.1;
    static final double LANGUAGE_SHARE = 0.2;
    static final int CUSTOMERS = 500;

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "billing", List.of("Refund for a double charge", "Invoice address is wrong", "Card declined at renewal"),
            "tech", List.of("Cannot log in", "App crashes on start", "Router keeps dropping the connection"),
            "sales", List.of("Upgrade to the business plan", "Quote for 50 seats", "Discount for nonprofits"));

    private TicketMix() {
    }

    /**
     * @param externalId the platform's id for the ticket
     * @param demand     the team the ticket is for and how its customers write in
     * @param random     decides everything else
     */
    static NewTicket next(String externalId, TeamDemand demand, RandomGenerator random) {
        String team = demand.team();
        List<String> teamSkills = Roster.TEAM_SKILLS.get(team);
        List<String> skills = new ArrayList<>(List.of(teamSkills.get(0)));
        String language = "en";
        if (random.nextDouble() < LANGUAGE_SHARE) {
            String skill = Roster.LANGUAGES.get(random.nextInt(Roster.LANGUAGES.size()));
            skills.add(skill);
            language = skill.equals("german") ? "de" : "es";
        }
        List<String> subjects = SUBJECTS.get(team);
        String subject = subjects.get(random.nextInt(subjects.size()));
        int customer = random.nextInt(CUSTOMERS);
        // the tier belongs to the customer, not to the ticket: the same customer is always VIP or always not
        CustomerTier tier = customer < CUSTOMERS * VIP_SHARE ? CustomerTier.VIP : CustomerTier.STANDARD;
        return new NewTicket(externalId, demand.channelChoice().pick(random), subject,
                "Simulated by the Switchboard demo: " + subject.toLowerCase() + ".", demand.priorityChoice().pick(random),
                "c-" + customer, "Customer " + customer, tier, language, team, List.copyOf(skills),
                List.of("demo", team));
    }
}
