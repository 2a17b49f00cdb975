package dev.switchboard.routing.assignment;

/**
 * The rings of the bullseye a waiting ticket passes through, each a superset of the one before: first only agents of
 * its team at the required skill levels, then any level of those skills, then any team, then also any tier-2 (or
 * higher) agent whatever its team or skills.
 */
public enum ExpansionStep { EXACT, ANY_LEVEL, ANY_TEAM, TIER_TWO }
