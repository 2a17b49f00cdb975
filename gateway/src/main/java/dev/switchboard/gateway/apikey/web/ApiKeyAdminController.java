package dev.switchboard.gateway.apikey.web;

import dev.switchboard.gateway.apikey.ApiKey;
import dev.switchboard.gateway.apikey.ApiKeyAdministration;
import dev.switchboard.gateway.apikey.ApiKeyAdministration.ApiKeyChanged;
import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rotation without a restart (ADMIN only, see {@code AccessPolicy}). The gateway has no database: changes live in this
 * instance's memory until the next restart re-seeds the keys from configuration, so with several gateway instances an
 * ADMIN rotates on each, and makes the change permanent in the configuration.
 */
@RestController
@RequestMapping(path = ApiKeyAdminController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "gateway: API keys", description = "Create, rotate and revoke API keys (ADMIN; per gateway instance)")
class ApiKeyAdminController {

    static final String PATH = "/api/v1/gateway/api-keys";

    /** Names, agent ids and platforms are forwarded in headers and written to logs: nothing else gets through. */
    static final String SAFE = "[A-Za-z0-9._-]{1,64}";

    private static final Logger audit = LoggerFactory.getLogger("switchboard.gateway.audit");

    private final ApiKeyAdministration administration;

    ApiKeyAdminController(ApiKeyAdministration administration) {
        this.administration = administration;
    }

    /** A key as an ADMIN sees it: never the hash, only a fingerprint to tell two versions apart. */
    record ApiKeyView(String name, Role role, String agentId, String platform, String fingerprint) {

        static ApiKeyView of(ApiKey key) {
            Caller caller = key.caller();
            return new ApiKeyView(caller.name(), caller.role(), caller.agentId().orElse(null),
                    caller.platform().orElse(null), key.sha256().substring(0, 12));
        }
    }

    /**
     * @param sha256 lowercase hex SHA-256 of the new key: the key itself never travels to the gateway
     */
    record ApiKeyRequest(
            @NotNull Role role,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex characters") String sha256,
            @Pattern(regexp = SAFE, message = "must be 1-64 characters of A-Z a-z 0-9 . _ -") String agentId,
            @Pattern(regexp = SAFE, message = "must be 1-64 characters of A-Z a-z 0-9 . _ -") String platform) {
    }

    @GetMapping
    @Operation(summary = "List the API keys of this gateway instance")
    List<ApiKeyView> list() {
        return administration.keys().stream().map(ApiKeyView::of).toList();
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a key, or rotate the key of this name (the old one is refused at once)")
    ResponseEntity<ApiKeyView> put(
            @PathVariable @Pattern(regexp = SAFE, message = "must be 1-64 characters of A-Z a-z 0-9 . _ -") String name,
            @Valid @RequestBody ApiKeyRequest request, Principal admin) {
        ApiKey key = new ApiKey(request.sha256(), new Caller(name, request.role(),
                Optional.ofNullable(request.agentId()), Optional.ofNullable(request.platform())));
        ApiKeyChanged change = administration.put(key);
        audit.info("API key '{}' ({}) {} by '{}'", change.name(), change.role(), change.kind(), admin.getName());
        return ResponseEntity.status(change.kind() == ApiKeyChanged.Kind.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ApiKeyView.of(key));
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Revoke a key (refused for the last ADMIN key)")
    ResponseEntity<Void> revoke(@PathVariable String name, Principal admin) {
        ApiKeyChanged change = administration.revoke(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No API key of that name."));
        audit.info("API key '{}' ({}) {} by '{}'", change.name(), change.role(), change.kind(), admin.getName());
        return ResponseEntity.noContent().build();
    }
}
