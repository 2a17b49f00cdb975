package dev.switchboard.gateway.apikey.web;

import dev.switchboard.gateway.apikey.DevelopmentKeyOutsideLocalException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Boot's short "APPLICATION FAILED TO START" report instead of a long stack trace. */
class DevelopmentKeyFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentKeyOutsideLocalException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentKeyOutsideLocalException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Remove the development keys from switchboard.gateway.api-keys (or SWITCHBOARD_GATEWAY_API_KEYS_*) and"
                        + " configure the SHA-256 of your own keys, or activate the 'local' profile for local use.",
                cause);
    }
}
