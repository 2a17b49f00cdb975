package dev.switchboard.gateway.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path like {@code /api/v1/agents/{agentId}/presence} or {@code /api/v1/analytics/**}, matched segment by segment on
 * the raw request path. Empty segments (a doubled or trailing slash) never match, so odd spellings of a path are
 * denied rather than guessed at.
 */
public final class PathTemplate {

    private static final String ANY_REST = "**";

    private final String template;
    private final List<String> segments;

    private PathTemplate(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
        this.template = template;
        this.segments = List.of(template.substring(1).split("/", -1));
        int rest = segments.indexOf(ANY_REST);
        if (rest >= 0 && rest != segments.size() - 1) {
            throw new IllegalArgumentException("'**' may only end a template: " + template);
        }
    }

    public static PathTemplate of(String template) {
        return new PathTemplate(template);
    }

    /** @return the values of the {@code {name}} segments, or empty when the path does not match */
    public Optional<Map<String, String>> match(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/", -1);
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (expected.equals(ANY_REST)) {
                return restIsClean(parts, i) ? Optional.of(variables) : Optional.empty();
            }
            if (i >= parts.length || parts[i].isEmpty()) {
                return Optional.empty();
            }
            if (isVariable(expected)) {
                variables.put(expected.substring(1, expected.length() - 1), parts[i]);
            } else if (!expected.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return parts.length == segments.size() ? Optional.of(variables) : Optional.empty();
    }

    private static boolean restIsClean(String[] parts, int from) {
        for (int i = from; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
