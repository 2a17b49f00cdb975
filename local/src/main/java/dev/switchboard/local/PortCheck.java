package dev.switchboard.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Checks that ports are free before anything starts, so that a clash is reported by port and not as a half-started system. */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * @param wanted each port with what wants it, e.g. {@code 8080 -> "gateway"}
     * @throws PortInUseException for the first port that something already listens on
     */
    public static void requireFree(Map<Integer, String> wanted) {
        for (Map.Entry<Integer, String> entry : wanted.entrySet()) {
            if (!isFree(entry.getKey())) {
                throw new PortInUseException(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Whether a listener could bind the port on every interface right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
