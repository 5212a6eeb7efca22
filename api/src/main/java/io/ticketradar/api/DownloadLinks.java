package io.ticketradar.api;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Short-lived signed links to a tenant's CSV of daily indicators, for people who click them in a chat (the morning
 * digest in WeCom) and so send no bearer token. A link names its tenant, its days and when it expires, and carries an
 * HMAC-SHA256 of those and of its route under a key only the server knows: until it expires it downloads that one
 * CSV of that one tenant, and changing any part of it breaks the signature. No token is in the link, so one that
 * leaks from a chat opens one day's figures for a week, not the tenant's API.
 *
 * <p>The key lives in a file of the data folder ({@link #inFolder}), so links outlive a restart and the {@code digest}
 * command signs links the running server accepts.
 */
public final class DownloadLinks {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    static final String INDICATORS_CSV = "/api/downloads/indicators.csv";
    static final String KEY_FILE = "download-links.key";

    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;

    /** A link, and when it stops working. */
    public record Link(String url, Instant expires) {}

    /** @param key at least 32 bytes of secret */
    DownloadLinks(byte[] key, Clock clock) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a download link key has at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
        this.clock = clock;
    }

    /** A random key of this process only: its links stop working when the process ends. */
    public static DownloadLinks ephemeral(Clock clock) {
        return new DownloadLinks(randomKey(), clock);
    }

    /** The key in {@code folder}'s {@value #KEY_FILE}, made (random, readable by its owner only) when missing. */
    public static DownloadLinks inFolder(Path folder, Clock clock) {
        Path file = folder.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            return new DownloadLinks(key, clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a download link key: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the download link key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path fresh = Files.createTempFile(folder, KEY_FILE, ".new"); // readable by its owner only
        try {
            Files.writeString(fresh, Base64.getEncoder().encodeToString(randomKey()) + "\n");
            Files.createLink(file, fresh); // complete at once, and never replaces a key another process made first
        } catch (FileAlreadyExistsException e) {
            // that one is used
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /**
     * A link, working for {@link #VALIDITY} from now, to the CSV of the tenant's daily indicators (overall) from
     * {@code from} to {@code to}.
     *
     * @param baseUrl where people open TicketRadar, such as {@code http://host:7070}
     */
    public Link indicatorsCsv(String baseUrl, String tenant, LocalDate from, LocalDate to) {
        Instant expires = clock.instant().plus(VALIDITY);
        String seconds = Long.toString(expires.getEpochSecond());
        String signature = sign(tenant, from.toString(), to.toString(), seconds);
        String url = baseUrl + INDICATORS_CSV + "?tenant=" + URLEncoder.encode(tenant, StandardCharsets.UTF_8)
                + "&from=" + from + "&to=" + to + "&expires=" + seconds + "&signature=" + signature;
        return new Link(url, expires);
    }

    /**
     * Checks a link's parts as they came: refused with 403 when this server did not sign exactly them, with 401 once
     * it has expired.
     */
    void verify(String tenant, String from, String to, String expires, String signature) {
        byte[] expected = sign(tenant, from, to, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.forbidden("this download link is not valid: it was changed, or made by another server;"
                    + " use the link of the latest digest");
        }
        Instant end = Instant.ofEpochSecond(Long.parseLong(expires)); // signed by us: a number
        if (!clock.instant().isBefore(end)) {
            throw ApiException.unauthorized(
                    "this download link expired at " + end + " (links work for " + VALIDITY.toDays()
                            + " days); use the link of a later digest, or export from the API with a token");
        }
    }

    /** Lines, so that no two different links sign the same text (a tenant id has no line break). */
    private String sign(String tenant, String from, String to, String expires) {
        String text = String.join("\n", "GET " + INDICATORS_CSV, tenant, from, to, expires);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return BASE64URL.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
