package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tokens issue <tenant> [--display]}: adds a token for a tenant to the hash file and prints it once; with
 * {@code --display} a read-only token for wall screens.
 */
final class TokensCommand {

    private static final String DISPLAY = "--display";

    private TokensCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || !args.getFirst().equals("issue") || args.get(1).startsWith("--")) {
            err.println(
                    "usage: ./ticketradar tokens issue <tenant_id> [--display] [--tokens-file FILE] [--data-dir DIR]");
            return 2;
        }
        String tenant = args.get(1);
        List<String> settings = new ArrayList<>(args.subList(2, args.size()));
        TenantTokens.Role role = settings.remove(DISPLAY) ? TenantTokens.Role.DISPLAY : TenantTokens.Role.FULL;
        TicketRadarConfig config = TicketRadarConfig.load(settings, System.getenv());
        try {
            TenantTokens tokens =
                    Files.exists(config.tokensFile()) ? TenantTokens.load(config.tokensFile()) : new TenantTokens();
            String token = tokens.issue(tenant, role);
            Files.createDirectories(config.tokensFile().toAbsolutePath().getParent());
            tokens.save(config.tokensFile());
            out.println(
                    "tenant=" + tenant + (role == TenantTokens.Role.DISPLAY ? " display_token=" : " token=") + token);
            err.println("stored its hash in " + config.tokensFile() + "; the token itself is not kept: copy it now");
            return 0;
        } catch (IOException e) {
            err.println("ticketradar: cannot update " + config.tokensFile() + ": " + e.getMessage());
            return 1;
        }
    }
}
