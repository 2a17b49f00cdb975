package dev.switchboard.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

/**
 * What the simulated customers write about: a mix of channels, priorities, teams and skills, with a share of VIP
 * customers, shaped like a typical B2C support desk (email and chat dominate; urgent tickets are rare).
 */
public final class TicketMix {

    static final double VIP_SHARE = 0.1;
    static final double LANGUAGE_SHARE = 0.2;
    static final int CUSTOMERS = 500;

    private static final WeightedChoice<Channel> CHANNELS = new WeightedChoice<>(Map.of(
            Channel.EMAIL, 40, Channel.CHAT, 30, Channel.PHONE, 15, Channel.WEB, 10, Channel.SOCIAL, 5));
    private static final WeightedChoice<Priority> PRIORITIES = new WeightedChoice<>(Map.of(
            Priority.LOW, 20, Priority.NORMAL, 50, Priority.HIGH, 22, Priority.URGENT, 8));
    private static final WeightedChoice<String> TEAMS = new WeightedChoice<>(Map.of(
            "billing", 40, "tech", 40, "sales", 20));
    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "billing", List.of("Refund for a double charge", "Invoice address is wrong", "Card declined at renewal"),
            "tech", List.of("Cannot log in", "App crashes on start", "Router keeps dropping the connection"),
            "sales", List.of("Upgrade to the business plan", "Quote for 50 seats", "Discount for nonprofits"));

    private TicketMix() {
    }

    /**
     * @param externalId the platform's id for the ticket
     * @param random     decides everything else
     */
    public static NewTicket next(String externalId, RandomGenerator random) {
        String team = TEAMS.pick(random);
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
        return new NewTicket(externalId, CHANNELS.pick(random), subject,
                "Simulated by the Switchboard demo: " + subject.toLowerCase() + ".", PRIORITIES.pick(random),
                "c-" + customer, "Customer " + customer, tier, language, team, List.copyOf(skills),
                List.of("demo", team));
    }
}
