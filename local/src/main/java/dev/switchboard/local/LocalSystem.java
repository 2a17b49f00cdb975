package dev.switchboard.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.switchboard.local.kafka.KafkaBroker;
import dev.switchboard.local.kafka.TopicProvisioner;
import dev.switchboard.local.mongo.MongoStandIn;
import dev.switchboard.local.service.ServiceProcess;
import dev.switchboard.local.service.SwitchboardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole of Switchboard on one machine: a Kafka broker and the Mongo stand-in in this JVM, and the five services
 * each in its own JVM.
 *
 * <pre>{@code
 * try (LocalSystem system = new LocalSystem(LocalSettings.forTests(repoRoot, tempDir)).start()) {
 *     HttpRequest.newBuilder(URI.create(system.gatewayUrl() + "/api/v1/tickets")) ...
 *     system.service("routing-service").kill();               // the supervisor brings it back
 *     system.service("routing-service").awaitReady(Duration.ofMinutes(2));
 * }
 * }</pre>
 *
 * <p>{@link #start()} checks every port first ({@link PortInUseException} names the first taken one), starts Kafka
 * and Mongo, creates the topics, starts the five services in parallel and returns once all are ready.
 * {@link #close()} stops the services, then the infrastructure.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);

    private final LocalSettings settings;
    private final Map<SwitchboardService, ServiceProcess> services = new EnumMap<>(SwitchboardService.class);
    private KafkaBroker kafka;
    private MongoStandIn mongo;

    public LocalSystem(LocalSettings settings) {
        this.settings = settings;
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started and rethrows. */
    public LocalSystem start() {
        PortCheck.requireFree(settings.ports().purposes());
        requireJars();
        try {
            Files.createDirectories(settings.logDir());
            Ports ports = settings.ports();
            kafka = KafkaBroker.start(settings.dataDir().resolve("kafka"), ports.kafka(), ports.kafkaController());
            mongo = settings.persistentMongo()
                    ? MongoStandIn.persistent(settings.dataDir().resolve("mongo"), ports.mongo())
                    : MongoStandIn.inMemory(ports.mongo());
            new TopicProvisioner(kafka.bootstrapServers()).provisionAll();
            startServices();
            return this;
        } catch (Exception e) {
            close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Switchboard did not start: " + e.getMessage(), e);
        }
    }

    private void requireJars() {
        List<String> missing = new ArrayList<>();
        for (SwitchboardService service : SwitchboardService.values()) {
            if (!Files.isRegularFile(service.jar(settings.repoRoot()))) {
                missing.add(service.jar(settings.repoRoot()).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jars are missing (build with `./mvnw -DskipTests install`): "
                    + missing);
        }
    }

    private void startServices() throws InterruptedException, ExecutionException {
        for (SwitchboardService service : SwitchboardService.values()) {
            ServiceProcess process = new ServiceProcess(service.serviceName(), service.jar(settings.repoRoot()),
                    settings.jvmOptionsOf(service), arguments(service), settings.ports().of(service), settings.logDir());
            services.put(service, process);
            process.start();
        }
        try (ExecutorService waiters = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> ready = new ArrayList<>();
            for (ServiceProcess process : services.values()) {
                ready.add(waiters.submit(() -> process.awaitReady(settings.readinessTimeout())));
            }
            for (Future<?> future : ready) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw e;
                }
            }
        }
        log.info("All services ready; gateway at {}", gatewayUrl());
    }

    /** The command-line arguments the launcher gives one service. */
    List<String> arguments(SwitchboardService service) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + settings.ports().of(service));
        args.add("--spring.profiles.active=local");
        args.add("--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers());
        // the binder reads its own property when a service sets it in YAML; keep both on the same broker
        args.add("--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrapServers());
        service.database().ifPresent(db -> args.add("--spring.mongodb.uri=" + mongoConnectionString(db)));
        if (service == SwitchboardService.GATEWAY) {
            for (SwitchboardService target : SwitchboardService.values()) {
                target.gatewayKey().ifPresent(key -> args.add("--switchboard.gateway.services." + key
                        + "=http://127.0.0.1:" + settings.ports().of(target)));
            }
        }
        args.addAll(settings.extraArgs());
        return args;
    }

    /** e.g. {@code http://127.0.0.1:8080}, without a trailing slash. */
    public String gatewayUrl() {
        return "http://127.0.0.1:" + settings.ports().gateway();
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + settings.ports().kafka();
    }

    /** e.g. {@code mongodb://127.0.0.1:27017/switchboard_tickets}. */
    public String mongoConnectionString(String database) {
        return "mongodb://127.0.0.1:" + settings.ports().mongo() + "/" + database;
    }

    /**
     * Stops the broker and starts it again on the same storage and ports, as an operator's restart would; returns
     * once it accepts clients again. Clients (the services) reconnect by themselves.
     */
    public synchronized void restartKafka() {
        Ports ports = settings.ports();
        closeQuietly(kafka);
        kafka = KafkaBroker.start(settings.dataDir().resolve("kafka"), ports.kafka(), ports.kafkaController());
    }

    /**
     * Stops the Mongo stand-in and starts it again on the same port. Only a persistent stand-in keeps its data over
     * this; an in-memory one comes back empty.
     */
    public synchronized void restartMongo() {
        closeQuietly(mongo);
        mongo = settings.persistentMongo()
                ? MongoStandIn.persistent(settings.dataDir().resolve("mongo"), settings.ports().mongo())
                : MongoStandIn.inMemory(settings.ports().mongo());
    }

    /** One running service by name ({@code ticket-service}, …, {@code gateway}), e.g. to kill it. */
    public ServiceProcess service(String name) {
        ServiceProcess process = services.get(SwitchboardService.byName(name));
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process;
    }

    public LocalSettings settings() {
        return settings;
    }

    /** Stops the services (in parallel), then Mongo, then Kafka. Safe to call more than once. */
    @Override
    public synchronized void close() {
        try (ExecutorService stoppers = Executors.newVirtualThreadPerTaskExecutor()) {
            services.values().forEach(process -> stoppers.submit(process::stop));
        }
        services.clear();
        if (mongo != null) {
            closeQuietly(mongo);
            mongo = null;
        }
        if (kafka != null) {
            closeQuietly(kafka);
            kafka = null;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // one part failing to stop must not keep the others running
            log.warn("Stopping {} failed", closeable, e);
        }
    }
}
