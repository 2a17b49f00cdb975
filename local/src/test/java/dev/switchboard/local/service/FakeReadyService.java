package dev.switchboard.local.service;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.sun.net.httpserver.HttpServer;

/** Stands in for a Boot service: answers 200 on the readiness path until killed, and logs its arguments. */
public final class FakeReadyService {

    private FakeReadyService() {
    }

    /** A jar with only a manifest, whose main class comes from this module's test classes. */
    public static Path jar(Path target) throws IOException {
        Path testClasses = Path.of(FakeReadyService.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeReadyService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return target;
        }
    }

    public static void main(String[] args) throws IOException {
        int port = java.util.Arrays.stream(args).filter(a -> a.startsWith("--server.port="))
                .map(a -> Integer.parseInt(a.substring("--server.port=".length()))).findFirst().orElseThrow();
        System.out.println("fake service args: " + String.join(" ", args));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("fake service ready on " + port);
    }
}
