package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** {@code tokens issue <tenant>}: adds a token for a tenant to the hash file and prints it once. */
final class TokensCommand {

    private TokensCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || !args.getFirst().equals("issue") || args.get(1).startsWith("--")) {
            err.println("usage: ./ticketradar tokens issue <tenant_id> [--tokens-file FILE] [--data-dir DIR]");
            return 2;
        }
        String tenant = args.get(1);
        TicketRadarConfig config =
                TicketRadarConfig.load(new ArrayList<>(args.subList(2, args.size())), System.getenv());
        try {
            TenantTokens tokens =
                    Files.exists(config.tokensFile()) ? TenantTokens.load(config.tokensFile()) : new TenantTokens();
            String token = tokens.issue(tenant);
            Files.createDirectories(config.tokensFile().toAbsolutePath().getParent());
            tokens.save(config.tokensFile());
            out.println("tenant=" + tenant + " token=" + token);
            err.println("stored its hash in " + config.tokensFile() + "; the token itself is not kept: copy it now");
            return 0;
        } catch (IOException e) {
            err.println("ticketradar: cannot update " + config.tokensFile() + ": " + e.getMessage());
            return 1;
        }
    }
}
