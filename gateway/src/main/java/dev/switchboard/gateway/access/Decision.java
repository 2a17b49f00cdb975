package dev.switchboard.gateway.access;

/** The answer of the {@link AccessPolicy}, with why a request was denied (for logs and the problem's detail). */
public enum Decision {
    ALLOWED("allowed"),
    NO_RULE("no role may call this path"),
    ROLE_NOT_ALLOWED("the caller's role may not call this path"),
    NOT_OWN_AGENT("an agent may only act for itself");

    private final String description;

    Decision(String description) {
        this.description = description;
    }

    public boolean allowed() {
        return this == ALLOWED;
    }

    public String description() {
        return description;
    }
}
