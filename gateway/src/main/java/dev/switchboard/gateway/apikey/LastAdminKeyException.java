package dev.switchboard.gateway.apikey;

/** Revoking the last ADMIN key would leave nobody able to manage keys until the next restart. */
public class LastAdminKeyException extends IllegalStateException {

    public LastAdminKeyException(String name) {
        super("'" + name + "' is the last ADMIN key: create another ADMIN key before revoking it.");
    }
}
