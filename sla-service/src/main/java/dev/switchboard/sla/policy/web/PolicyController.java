package dev.switchboard.sla.policy.web;

import dev.switchboard.sla.policy.PolicyCatalog;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** SLA policies; the gateway lets MANAGER read and ADMIN write. A stored policy applies to clocks started later. */
@RestController
@RequestMapping(path = "/api/v1/sla/policies", produces = MediaType.APPLICATION_JSON_VALUE)
class PolicyController {

    private final PolicyCatalog catalog;

    PolicyController(PolicyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    Mono<List<PolicyBody>> all() {
        // the catalog reads the database with the blocking adapter shared with the consumers
        return Mono.fromCallable(() -> catalog.all().stream().map(PolicyBodyMapper::toBody).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<PolicyBody> put(@PathVariable String name, @Valid @RequestBody PolicyBody body) {
        return Mono.fromCallable(() -> PolicyBodyMapper.toBody(catalog.save(PolicyBodyMapper.toPolicy(name, body))))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
