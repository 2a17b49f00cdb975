package dev.switchboard.local;

/** A port the local system needs is already taken, typically by another running Switchboard. */
public final class PortInUseException extends RuntimeException {

    private final int port;
    private final String wantedBy;

    public PortInUseException(int port, String wantedBy) {
        super("Port " + port + " (for " + wantedBy + ") is already in use: is Switchboard already running? "
                + "Stop whatever listens there (e.g. `ss -ltnp 'sport = :" + port + "'`) and try again.");
        this.port = port;
        this.wantedBy = wantedBy;
    }

    public int port() {
        return port;
    }

    public String wantedBy() {
        return wantedBy;
    }
}
