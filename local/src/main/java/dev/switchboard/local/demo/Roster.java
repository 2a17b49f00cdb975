package dev.switchboard.local.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The staff of the simulated contact center: three teams (billing, tech, sales) of four agents. Each agent has the
 * team's skill and a second skill of the team at levels 1–5; the third speaks German and the fourth Spanish, so that
 * every ticket the {@link TicketMix} asks a language for has an agent who can take it. The first of each team is a
 * tier-2 lead, and tech has a tier-3 specialist for escalations. Each agent works at its own lognormal pace.
 */
public final class Roster {

    static final int AGENTS_PER_TEAM = 4;
    /**
     * Spread of the agents' paces: handle times across agents are typically right-skewed (a few slow agents, none
     * infinitely fast), which a lognormal factor with median 1 models; 0.35 puts 90 % of agents within 0.56–1.78.
     */
    static final double PACE_SIGMA = 0.35;
    static final double FASTEST_PACE = 0.4;
    static final double SLOWEST_PACE = 2.5;
    static final Map<String, List<String>> TEAM_SKILLS = Map.of(
            "billing", List.of("billing", "refunds"),
            "tech", List.of("tech", "networking"),
            "sales", List.of("sales", "pricing"));
    static final List<String> TEAMS = List.of("billing", "tech", "sales");
    static final List<String> LANGUAGES = List.of("german", "spanish");
    private static final List<String> NAMES = List.of("Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hiro",
            "Ines", "Jonas", "Kemal", "Lea");

    private Roster() {
    }

    public static List<DemoAgent> generate(RandomGenerator random) {
        List<DemoAgent> agents = new ArrayList<>();
        int index = 0;
        for (String team : TEAMS) {
            for (int i = 1; i <= AGENTS_PER_TEAM; i++) {
                agents.add(agent(team, i, NAMES.get(index++), random));
            }
        }
        return List.copyOf(agents);
    }

    private static DemoAgent agent(String team, int number, String name, RandomGenerator random) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        List<String> teamSkills = TEAM_SKILLS.get(team);
        skills.put(teamSkills.get(0), random.nextInt(3, 6));
        skills.put(teamSkills.get(1), random.nextInt(1, 6));
        int languageIndex = number - (AGENTS_PER_TEAM - LANGUAGES.size()) - 1;
        if (languageIndex >= 0) {
            skills.put(LANGUAGES.get(languageIndex), random.nextInt(3, 6));
        }
        int tier = number == 1 ? 2 : (team.equals("tech") && number == 2 ? 3 : 1);
        Map<String, Integer> capacity = Map.of("EMAIL", 5, "CHAT", 3, "PHONE", 1, "WEB", 5, "SOCIAL", 3);
        double pace = Math.clamp(Math.exp(PACE_SIGMA * random.nextGaussian()), FASTEST_PACE, SLOWEST_PACE);
        return new DemoAgent("agent-" + team + "-" + number, name + " (" + team + ")", team, tier, Map.copyOf(skills),
                capacity, pace);
    }
}
