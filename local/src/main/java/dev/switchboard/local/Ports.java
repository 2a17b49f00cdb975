package dev.switchboard.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.local.service.SwitchboardService;

/**
 * The TCP ports of a local system. {@link #standard()} are the contract's ports; {@link #randomFree()} suits tests
 * that must not collide with a system someone runs on the standard ports.
 */
public record Ports(int kafka, int kafkaController, int mongo, int gateway, int ticket, int routing, int sla,
                    int analytics) {

    /** Gateway 8080, services 8081–8084, Kafka 9092 (controller 9093), Mongo 27017. */
    public static Ports standard() {
        return new Ports(9092, 9093, 27017, 8080, 8081, 8082, 8083, 8084);
    }

    /** Eight ports the operating system reported free a moment ago. */
    public static Ports randomFree() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // all held open together, so the eight are distinct
            for (int i = 0; i < 8; i++) {
                sockets.add(new ServerSocket(0));
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a socket only used to learn a free port number
                }
            }
        }
    }

    public int of(SwitchboardService service) {
        return switch (service) {
            case TICKET -> ticket;
            case ROUTING -> routing;
            case SLA -> sla;
            case ANALYTICS -> analytics;
            case GATEWAY -> gateway;
        };
    }

    /** Every port with what wants it, in start order, for the port check and for messages. */
    public Map<Integer, String> purposes() {
        Map<Integer, String> purposes = new LinkedHashMap<>();
        purposes.put(kafka, "Kafka");
        purposes.put(kafkaController, "the Kafka controller");
        purposes.put(mongo, "MongoDB (the stand-in)");
        for (SwitchboardService service : SwitchboardService.values()) {
            purposes.put(of(service), service.serviceName());
        }
        return purposes;
    }
}
