package dev.switchboard.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

class GatewayErrorHandlerTest {

    @Test
    void shouldAnswer503WhenTheServiceRefusesTheConnection() {
        // when
        ProblemDetail problem = GatewayErrorHandler.toProblem(
                new IllegalStateException("wrapped", new ConnectException("Connection refused")));

        // then
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType().toString()).endsWith("/service-unavailable");
    }

    @Test
    void shouldAnswer503WhenConnectingTimesOut() {
        // when / then
        assertThat(GatewayErrorHandler.toProblem(new ConnectTimeoutException("2000 ms")).getStatus()).isEqualTo(503);
    }

    @Test
    void shouldAnswer504WhenTheServiceDoesNotAnswerInTime() {
        // when / then
        assertThat(GatewayErrorHandler.toProblem(new TimeoutException("10s")).getStatus()).isEqualTo(504);
        assertThat(GatewayErrorHandler.toProblem(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)).getStatus())
                .isEqualTo(504);
    }

    @Test
    void shouldAnswer413ForATooLargeBody() {
        // when / then
        assertThat(GatewayErrorHandler.toProblem(new ContentTooLargeException(1024)).getStatus()).isEqualTo(413);
    }

    @Test
    void shouldNotLeakInternalsOfAnUnexpectedError() {
        // when
        ProblemDetail problem = GatewayErrorHandler.toProblem(new NullPointerException("secret internals"));

        // then
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret");
    }
}
