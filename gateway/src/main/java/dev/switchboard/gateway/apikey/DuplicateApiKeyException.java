package dev.switchboard.gateway.apikey;

/** Two keys with one name or one hash: either would make a key's owner ambiguous. */
public class DuplicateApiKeyException extends IllegalArgumentException {

    public DuplicateApiKeyException(String message) {
        super(message);
    }
}
