package dev.switchboard.gateway.route;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import reactor.core.publisher.Flux;

/**
 * The instances named in {@link ServicesProperties}, as Spring Cloud LoadBalancer's source for {@code lb://} routes:
 * no registry to run, and the same property the launcher and compose already set.
 */
final class ConfiguredServiceInstances implements ReactiveDiscoveryClient {

    private final Map<String, List<ServiceInstance>> instances;

    ConfiguredServiceInstances(ServicesProperties services) {
        this.instances = services.instances().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey,
                entry -> entry.getValue().stream().map(uri -> instance(entry.getKey(), uri)).toList()));
    }

    private static ServiceInstance instance(String serviceId, URI uri) {
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(serviceId + "@" + uri.getHost() + ":" + port, serviceId, uri.getHost(), port,
                secure);
    }

    @Override
    public String description() {
        return "Switchboard services from switchboard.gateway.services.*";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instances.getOrDefault(serviceId, List.of()));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }
}
