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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API's bearer tokens, each belonging to exactly one tenant. Only SHA-256 hashes are kept, in
 * memory and in the hash file, so a leaked configuration or heap dump does not leak usable tokens;
 * a token is shown once, when {@link #issue} creates it.
 *
 * <p>Hash file: one {@code <sha256 hex> <tenant_id>} per line; blank lines and lines starting with
 * {@code #} are ignored. Safe for concurrent use.
 */
public final class TenantTokens {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TENANT = Pattern.compile("\\S+");
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random = new SecureRandom();
    /** sha256 hex of a token -> tenant id. */
    private final Map<String, String> tenantByHash = new ConcurrentHashMap<>();

    /** Creates a random token for the tenant and returns it; only its hash is kept. */
    public String issue(String tenantId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        register(sha256Hex(token), tenantId);
        return token;
    }

    /** Adds a token known only by its hash (for example from a deployment's secret store). */
    public void register(String sha256Hex, String tenantId) {
        String hash = sha256Hex.toLowerCase(Locale.ROOT);
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: '" + sha256Hex + "'");
        }
        if (tenantId == null || !TENANT.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("tenant id must be one word: '" + tenantId + "'");
        }
        String previous = tenantByHash.putIfAbsent(hash, tenantId);
        if (previous != null && !previous.equals(tenantId)) {
            throw new IllegalArgumentException("token hash " + hash + " already belongs to tenant '" + previous + "'");
        }
    }

    /**
     * The tenant a presented token belongs to. Every stored hash is compared, in constant time and
     * without stopping at a match, so response timing says nothing about which hashes exist.
     */
    public Optional<String> tenantOf(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
        String tenant = null;
        for (Map.Entry<String, String> entry : tenantByHash.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getKey().getBytes(StandardCharsets.US_ASCII))) {
                tenant = entry.getValue();
            }
        }
        return Optional.ofNullable(tenant);
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
                if (parts.length != 2) {
                    throw new IllegalArgumentException("expected '<sha256 hex> <tenant_id>'");
                }
                tokens.register(parts[0], parts[1]);
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
                "# TicketRadar API tokens: <sha256 hex of the token> <tenant_id>. Tokens themselves are never stored.");
        tenantByHash.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lines.add(e.getKey() + " " + e.getValue()));
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
