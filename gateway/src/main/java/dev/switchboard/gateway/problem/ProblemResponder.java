package dev.switchboard.gateway.problem;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes RFC 9457 answers from places outside Spring's handler machinery (security filters, the error handler), with
 * the application's own codecs so the JSON looks like any other answer.
 */
@Component
public class ProblemResponder {

    private final ServerResponse.Context context;

    public ProblemResponder(ServerCodecConfigurer codecs) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    public Mono<Void> respond(ServerWebExchange exchange, ProblemDetail problem) {
        return respond(exchange, problem, headers -> {
        });
    }

    public Mono<Void> respond(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> extraHeaders) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        }
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(extraHeaders)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
