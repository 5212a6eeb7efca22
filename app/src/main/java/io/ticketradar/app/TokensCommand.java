package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tokens issue <tenant> [--display]}: adds a token for a tenant to the hash file and prints it once; with
 * {@code --display} a read-only token for wall screens. {@code tokens issue --group <group> [--display]} does the same
 * for a tenant group that the tenants file defines ({@code <tenant>.group = <group>}).
 */
final class TokensCommand {

    private static final String DISPLAY = "--display";
    private static final String GROUP = "--group";
    private static final String USAGE = "usage: ./ticketradar tokens issue <tenant_id> | --group <group_id> [--display]"
            + " [--tokens-file FILE] [--tenants-file FILE] [--data-dir DIR]";

    private TokensCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean group = args.size() >= 3 && args.get(1).equals(GROUP);
        int owner = group ? 2 : 1;
        if (args.size() <= owner
                || !args.getFirst().equals("issue")
                || args.get(owner).startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        String id = args.get(owner);
        List<String> settings = new ArrayList<>(args.subList(owner + 1, args.size()));
        TenantTokens.Role role = settings.remove(DISPLAY) ? TenantTokens.Role.DISPLAY : TenantTokens.Role.FULL;
        TicketRadarConfig config = TicketRadarConfig.load(settings, System.getenv());
        if (group && config.tenantGroups().tenantsOf(id).isEmpty()) {
            err.println("ticketradar: no tenant is in group '" + id + "': put '<tenant>.group = " + id
                    + "' in the tenants file first");
            return 2;
        }
        try {
            TenantTokens tokens =
                    Files.exists(config.tokensFile()) ? TenantTokens.load(config.tokensFile()) : new TenantTokens();
            String token = group ? tokens.issueForGroup(id, role) : tokens.issue(id, role);
            Files.createDirectories(config.tokensFile().toAbsolutePath().getParent());
            tokens.save(config.tokensFile());
            out.println((group ? "group=" : "tenant=")
                    + id
                    + (role == TenantTokens.Role.DISPLAY ? " display_token=" : " token=")
                    + token);
            err.println("stored its hash in " + config.tokensFile() + "; the token itself is not kept: copy it now");
            return 0;
        } catch (IOException e) {
            err.println("ticketradar: cannot update " + config.tokensFile() + ": " + e.getMessage());
            return 1;
        }
    }
}
