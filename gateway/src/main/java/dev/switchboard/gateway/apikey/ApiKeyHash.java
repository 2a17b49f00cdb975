package dev.switchboard.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The one way a presented key becomes comparable to the configured hashes. */
public final class ApiKeyHash {

    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{64}");

    private ApiKeyHash() {
    }

    public static byte[] of(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    public static String hexOf(String key) {
        return HexFormat.of().formatHex(of(key));
    }

    static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static boolean isWellFormed(String hex) {
        return WELL_FORMED.matcher(hex).matches();
    }
}
