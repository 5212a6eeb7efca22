package io.ticketradar.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API's bearer tokens, each belonging to exactly one tenant and having one {@link Role}. Only SHA-256 hashes
 * are kept, in memory and in the hash file, so a leaked configuration or heap dump does not leak usable tokens;
 * a token is shown once, when {@link #issue} creates it.
 *
 * <p>Hash file: one {@code <sha256 hex> <tenant_id> [display]} per line (no role word: a full token, as files
 * written before display tokens existed say); blank lines and lines starting with {@code #} are ignored. Safe for
 * concurrent use.
 */
public final class TenantTokens {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TENANT = Pattern.compile("\\S+");
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random = new SecureRandom();
    /** sha256 hex of a token -> whose it is. */
    private final Map<String, Principal> principalByHash = new ConcurrentHashMap<>();

    /** What a token may do. */
    public enum Role {
        /** Everything of its tenant: read, post events, decide about patterns. */
        FULL,
        /** Read only (GET): for wall screens, whose token sits in a browser in a meeting room. */
        DISPLAY;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who presented a token: its tenant and its role. */
    public record Principal(String tenantId, Role role) {}

    /** Creates a random full token for the tenant and returns it; only its hash is kept. */
    public String issue(String tenantId) {
        return issue(tenantId, Role.FULL);
    }

    /** Creates a random token of the given role for the tenant and returns it; only its hash is kept. */
    public String issue(String tenantId, Role role) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        register(sha256Hex(token), tenantId, role);
        return token;
    }

    /** Adds a full token known only by its hash (for example from a deployment's secret store). */
    public void register(String sha256Hex, String tenantId) {
        register(sha256Hex, tenantId, Role.FULL);
    }

    /** Adds a token known only by its hash. */
    public void register(String sha256Hex, String tenantId, Role role) {
        String hash = sha256Hex.toLowerCase(Locale.ROOT);
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: '" + sha256Hex + "'");
        }
        if (tenantId == null || !TENANT.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("tenant id must be one word: '" + tenantId + "'");
        }
        Principal principal = new Principal(tenantId, role);
        Principal previous = principalByHash.putIfAbsent(hash, principal);
        if (previous != null && !previous.equals(principal)) {
            throw new IllegalArgumentException("token hash " + hash + " already belongs to tenant '"
                    + previous.tenantId() + "' as a " + previous.role().word() + " token");
        }
    }

    /** The tenant a presented token belongs to, whatever its role. */
    public Optional<String> tenantOf(String token) {
        return principalOf(token).map(Principal::tenantId);
    }

    /**
     * Whose a presented token is. Every stored hash is compared, in constant time and without stopping at a match,
     * so response timing says nothing about which hashes exist.
     */
    public Optional<Principal> principalOf(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
        Principal principal = null;
        for (Map.Entry<String, Principal> entry : principalByHash.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getKey().getBytes(StandardCharsets.US_ASCII))) {
                principal = entry.getValue();
            }
        }
        return Optional.ofNullable(principal);
    }

    /** Reads a hash file; fails on the first malformed line, naming it. */
    public static TenantTokens load(Path file) throws IOException {
        TenantTokens tokens = new TenantTokens();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            try {
                if (parts.length == 3 && parts[2].equals(Role.DISPLAY.word())) {
                    tokens.register(parts[0], parts[1], Role.DISPLAY);
                } else if (parts.length == 2) {
                    tokens.register(parts[0], parts[1]);
                } else {
                    throw new IllegalArgumentException("expected '<sha256 hex> <tenant_id> [display]'");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return tokens;
    }

    /** Writes every hash with its tenant, sorted by tenant so diffs of the file stay readable. */
    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(
                "# TicketRadar API tokens: <sha256 hex of the token> <tenant_id> [display]. Tokens themselves are never"
                        + " stored.");
        principalByHash.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, Principal> e) -> e.getValue().tenantId())
                        .thenComparing(e -> e.getValue().role())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> lines.add(e.getKey() + " " + e.getValue().tenantId()
                        + (e.getValue().role() == Role.FULL
                                ? ""
                                : " " + e.getValue().role().word())));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The digest stored for a token: lowercase hex of SHA-256 over its UTF-8 bytes. */
    public static String sha256Hex(String token) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
