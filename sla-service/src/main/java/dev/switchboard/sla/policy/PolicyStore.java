package dev.switchboard.sla.policy;

import java.util.List;

/** Policies edited through the API; they replace the configured default of the same name. */
public interface PolicyStore {

    List<SlaPolicy> findAll();

    void save(SlaPolicy policy);
}
