package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.StubService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client that keeps its connection open is answered on it for as long as it likes. Reactor Netty 1.3.6 stopped
 * reading a keep-alive connection after a request that arrived while the one before was still being answered was
 * then answered at once (reactor-netty#4361): the next request sat unread until the client gave up. WebTestClient
 * met it now and then in these ITs as a 30 s timeout; a platform posting events back to back would meet it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.gateway.rate-limit.enabled=false")
@ActiveProfiles("local")
class KeepAliveIT {

    private static final StubService TICKET = new StubService("ticket");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("ticket", "routing", "sla", "analytics")) {
            registry.add("switchboard.gateway.services." + service, TICKET::baseUrl);
        }
    }

    @AfterAll
    static void stopServices() {
        TICKET.close();
    }

    @Test
    void shouldGoOnReadingAConnectionAfterARequestQueuedBehindASlowOneWasAnsweredAtOnce() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // given a warm route, so the slow request below is slow only because the service is
            out.write(get("/api/v1/tickets/t-0", DevKeys.keyOf(Role.PLATFORM)));
            out.flush();
            assertThat(statusOf(in)).isEqualTo(200);

            // when a slow request (half a second at the service) and one refused at once arrive in one write
            ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
            pipelined.write(get("/api/v1/tickets/busy", DevKeys.keyOf(Role.PLATFORM)));
            pipelined.write(get("/api/v1/tickets/t-1", null));
            out.write(pipelined.toByteArray());
            out.flush();
            assertThat(statusOf(in)).isEqualTo(200);
            assertThat(statusOf(in)).isEqualTo(401);

            // then the connection is still read: the next request is answered, not left unread until a timeout
            out.write(get("/api/v1/tickets/t-2", DevKeys.keyOf(Role.PLATFORM)));
            out.flush();
            assertThat(statusOf(in)).isEqualTo(200);
        }
    }

    private static byte[] get(String path, String apiKey) {
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + (apiKey == null ? "" : "X-API-Key: " + apiKey + "\r\n") + "\r\n";
        return request.getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one whole response (a Content-Length or a chunked body) and returns its status. */
    private static int statusOf(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            in.readNBytes((int) length);
            return status;
        }
        for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
            in.readNBytes(size);
            line(in);
        }
        line(in);
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
