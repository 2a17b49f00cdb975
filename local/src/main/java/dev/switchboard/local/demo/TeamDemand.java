package dev.switchboard.local.demo;

import java.util.List;
import java.util.Map;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;

/**
 * What one team's customers send: how they write in and how urgent it is. Billing questions come by email, tech
 * problems by chat and phone and are more often urgent, sales leads come through the web form and social media and
 * are rarely urgent.
 *
 * @param channels   relative weights of the channels
 * @param priorities relative weights of the priorities
 */
record TeamDemand(String team, Map<Channel, Integer> channels, Map<Priority, Integer> priorities) {

    static final List<TeamDemand> ALL = List.of(
            new TeamDemand("billing",
                    Map.of(Channel.EMAIL, 55, Channel.CHAT, 20, Channel.PHONE, 10, Channel.WEB, 12, Channel.SOCIAL, 3),
                    Map.of(Priority.LOW, 20, Priority.NORMAL, 55, Priority.HIGH, 20, Priority.URGENT, 5)),
            new TeamDemand("tech",
                    Map.of(Channel.EMAIL, 25, Channel.CHAT, 40, Channel.PHONE, 25, Channel.WEB, 6, Channel.SOCIAL, 4),
                    Map.of(Priority.LOW, 10, Priority.NORMAL, 45, Priority.HIGH, 30, Priority.URGENT, 15)),
            new TeamDemand("sales",
                    Map.of(Channel.EMAIL, 35, Channel.CHAT, 25, Channel.PHONE, 5, Channel.WEB, 20, Channel.SOCIAL, 15),
                    Map.of(Priority.LOW, 40, Priority.NORMAL, 50, Priority.HIGH, 8, Priority.URGENT, 2)));

    TeamDemand {
        channels = Map.copyOf(channels);
        priorities = Map.copyOf(priorities);
    }

    static TeamDemand of(String team) {
        return ALL.stream().filter(d -> d.team.equals(team)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such demo team: " + team));
    }

    WeightedChoice<Channel> channelChoice() {
        return new WeightedChoice<>(channels);
    }

    WeightedChoice<Priority> priorityChoice() {
        return new WeightedChoice<>(priorities);
    }
}
