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
 * The API's bearer tokens, each belonging to exactly one tenant or one tenant group ({@link TenantGroups}) and
 * having one {@link Role}. Only SHA-256 hashes are kept, in memory and in the hash file, so a leaked configuration or
 * heap dump does not leak usable tokens; a token is shown once, when {@link #issue} creates it.
 *
 * <p>Hash file: one {@code <sha256 hex> <tenant_id> [display]} or {@code <sha256 hex> group:<group_id> [display]}
 * per line (no role word: a full token, as files written before display tokens existed say); blank lines and lines
 * starting with {@code #} are ignored. A tenant id therefore never starts with {@value #GROUP_PREFIX}. Safe for
 * concurrent use.
 */
public final class TenantTokens {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TENANT = Pattern.compile("\\S+");
    private static final HexFormat HEX = HexFormat.of();
    /** How the hash file tells a group's token from a tenant's. */
    static final String GROUP_PREFIX = "group:";

    private final SecureRandom random = new SecureRandom();
    /** sha256 hex of a token -> whose it is. */
    private final Map<String, Principal> principalByHash = new ConcurrentHashMap<>();

    /** What a token may do. */
    public enum Role {
        /** Everything of its tenant: read, post events, decide about patterns. Of a group: also review knowledge. */
        FULL,
        /** Read only (GET): for wall screens, whose token sits in a browser in a meeting room. */
        DISPLAY;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whom a token speaks for. */
    public enum Scope {
        /** One tenant: its own data only. */
        TENANT,
        /** A tenant group: each of its tenants (named per request) and the group's roll-ups. */
        GROUP
    }

    /** Who presented a token: a tenant or a group, by id, and its role. */
    public record Principal(Scope scope, String id, Role role) {

        public static Principal tenant(String tenantId, Role role) {
            return new Principal(Scope.TENANT, tenantId, role);
        }

        public static Principal group(String groupId, Role role) {
            return new Principal(Scope.GROUP, groupId, role);
        }

        /** As the hash file and messages name it: the tenant id, or {@code group:<id>}. */
        String owner() {
            return scope == Scope.GROUP ? GROUP_PREFIX + id : id;
        }
    }

    /** Creates a random full token for the tenant and returns it; only its hash is kept. */
    public String issue(String tenantId) {
        return issue(tenantId, Role.FULL);
    }

    /** Creates a random token of the given role for the tenant and returns it; only its hash is kept. */
    public String issue(String tenantId, Role role) {
        return issue(Principal.tenant(checkedTenant(tenantId), role));
    }

    /** Creates a random token of the given role for a tenant group and returns it; only its hash is kept. */
    public String issueForGroup(String groupId, Role role) {
        return issue(Principal.group(checkedGroup(groupId), role));
    }

    private String issue(Principal principal) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        register(sha256Hex(token), principal);
        return token;
    }

    /** Adds a full token known only by its hash (for example from a deployment's secret store). */
    public void register(String sha256Hex, String tenantId) {
        register(sha256Hex, tenantId, Role.FULL);
    }

    /** Adds a token known only by its hash. */
    public void register(String sha256Hex, String tenantId, Role role) {
        register(sha256Hex, Principal.tenant(checkedTenant(tenantId), role));
    }

    /** Adds a group's token known only by its hash. */
    public void registerGroup(String sha256Hex, String groupId, Role role) {
        register(sha256Hex, Principal.group(checkedGroup(groupId), role));
    }

    private void register(String sha256Hex, Principal principal) {
        String hash = sha256Hex.toLowerCase(Locale.ROOT);
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: '" + sha256Hex + "'");
        }
        Principal previous = principalByHash.putIfAbsent(hash, principal);
        if (previous != null && !previous.equals(principal)) {
            throw new IllegalArgumentException("token hash " + hash + " already belongs to '" + previous.owner()
                    + "' as a " + previous.role().word() + " token");
        }
    }

    private static String checkedTenant(String tenantId) {
        if (tenantId == null || !TENANT.matcher(tenantId).matches() || tenantId.startsWith(GROUP_PREFIX)) {
            throw new IllegalArgumentException(
                    "tenant id must be one word not starting with '" + GROUP_PREFIX + "': '" + tenantId + "'");
        }
        return tenantId;
    }

    private static String checkedGroup(String groupId) {
        if (!TenantGroups.isGroupId(groupId)) {
            throw new IllegalArgumentException(
                    "group id must be a word of letters, digits, '.', '_' and '-': '" + groupId + "'");
        }
        return groupId;
    }

    /** The tenant a presented tenant token belongs to, whatever its role; empty for a group's token. */
    public Optional<String> tenantOf(String token) {
        return principalOf(token).filter(p -> p.scope() == Scope.TENANT).map(Principal::id);
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
                Role role;
                if (parts.length == 3 && parts[2].equals(Role.DISPLAY.word())) {
                    role = Role.DISPLAY;
                } else if (parts.length == 2) {
                    role = Role.FULL;
                } else {
                    throw new IllegalArgumentException(
                            "expected '<sha256 hex> <tenant_id> [display]' or '<sha256 hex> group:<group_id> [display]'");
                }
                if (parts[1].startsWith(GROUP_PREFIX)) {
                    tokens.registerGroup(parts[0], parts[1].substring(GROUP_PREFIX.length()), role);
                } else {
                    tokens.register(parts[0], parts[1], role);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return tokens;
    }

    /** Writes every hash with its tenant or group, sorted by them so diffs of the file stay readable. */
    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# TicketRadar API tokens: <sha256 hex of the token> <tenant_id | group:<group_id>> [display]. Tokens"
                + " themselves are never stored.");
        principalByHash.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, Principal> e) -> e.getValue().owner())
                        .thenComparing(e -> e.getValue().role())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> lines.add(e.getKey() + " " + e.getValue().owner()
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
