package dev.switchboard.gateway.console.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Browsers ask for {@code /favicon.ico} on any page that names no icon: they get the console's. */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    static final URI ICON = URI.create("/console/favicon.svg");

    @Bean
    RouterFunction<ServerResponse> faviconRedirect() {
        return RouterFunctions.route()
                .GET("/favicon.ico", request -> ServerResponse.permanentRedirect(ICON).build())
                .build();
    }
}
