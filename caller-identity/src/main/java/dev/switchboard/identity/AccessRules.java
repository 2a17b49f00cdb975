package dev.switchboard.identity;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service's own copy of its rows of the contract's role matrix, checked again behind the gateway (defense in
 * depth). Each rule is written {@code "METHOD /path/{variable}/** ROLE,ROLE"}; the first rule whose method and path
 * match decides, and a request no rule matches is refused, so a new endpoint stays closed until its row is added.
 */
public final class AccessRules {

    private record Rule(String method, PathPattern path, Set<String> roles) {
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** @throws IllegalArgumentException naming the rule that does not read as METHOD PATH ROLES */
    public static AccessRules parse(List<String> written) {
        PathPatternParser parser = new PathPatternParser();
        return new AccessRules(written.stream().map(text -> {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException("access rule '" + text + "' is not 'METHOD /path ROLE,ROLE'");
            }
            Set<String> roles = Arrays.stream(parts[2].split(",")).map(String::trim)
                    .collect(Collectors.toUnmodifiableSet());
            return new Rule(parts[0].toUpperCase(Locale.ROOT), parser.parse(parts[1]), roles);
        }).toList());
    }

    public boolean allows(String method, String path, String role) {
        PathContainer container = PathContainer.parsePath(path);
        for (Rule rule : rules) {
            if (rule.method().equalsIgnoreCase(method) && rule.path().matches(container)) {
                return rule.roles().contains(role);
            }
        }
        return false;
    }
}
