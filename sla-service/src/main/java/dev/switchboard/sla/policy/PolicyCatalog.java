package dev.switchboard.sla.policy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policies in force: the configured defaults, overridden by name by those stored through the API. Read from the
 * store on every call (one small query per new ticket) so that every instance sees an edit at once.
 */
public final class PolicyCatalog {

    private final List<SlaPolicy> defaults;
    private final PolicyStore store;

    public PolicyCatalog(List<SlaPolicy> defaults, PolicyStore store) {
        this.defaults = List.copyOf(defaults);
        this.store = store;
    }

    public List<SlaPolicy> all() {
        Map<String, SlaPolicy> byName = new LinkedHashMap<>();
        defaults.forEach(policy -> byName.put(policy.name(), policy));
        store.findAll().forEach(policy -> byName.put(policy.name(), policy));
        return byName.values().stream()
                .sorted(Comparator.comparingInt(SlaPolicy::order).thenComparing(SlaPolicy::name))
                .toList();
    }

    public Optional<SlaPolicy> select(TicketProfile ticket) {
        return PolicySelector.select(all(), ticket);
    }

    public SlaPolicy save(SlaPolicy policy) {
        store.save(policy);
        return policy;
    }
}
