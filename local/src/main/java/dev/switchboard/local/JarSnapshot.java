package dev.switchboard.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.switchboard.local.service.SwitchboardService;

/**
 * Copies the five service jars and the Kafka tools' class path into a folder of the run, laid out like the
 * repository, so that a build running meanwhile (which rewrites {@code target/}) cannot change or break a JVM the
 * bench or the fault suite starts or restarts halfway through.
 */
final class JarSnapshot {

    private JarSnapshot() {
    }

    /** @return the folder to use as the repository root for the jars */
    static Path take(Path repo, Path into) {
        try {
            for (SwitchboardService service : SwitchboardService.values()) {
                Path target = service.jar(into);
                Files.createDirectories(target.getParent());
                Files.copy(service.jar(repo), target, StandardCopyOption.REPLACE_EXISTING);
            }
            Path tools = repo.resolve("local").resolve("target").resolve("kafka-tools");
            Path toolsCopy = into.resolve("local").resolve("target").resolve("kafka-tools");
            Files.createDirectories(toolsCopy);
            try (var jars = Files.list(tools)) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, toolsCopy.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the jars (build with ./mvnw -DskipTests install): "
                    + e.getMessage(), e);
        }
    }
}
