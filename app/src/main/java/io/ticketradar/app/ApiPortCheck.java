package io.ticketradar.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The API's port, checked before anything starts: a port in use is one line to the user at once, rather than a
 * stack trace after the broker and the jobs have come up. Bound the way the API server binds it (address reuse on),
 * so a port only lingering in TIME_WAIT counts as free, as it is for the server.
 */
final class ApiPortCheck {

    private ApiPortCheck() {}

    /** @throws ConfigException when another program listens on the port; port 0 (any free one) always passes */
    static void ensureFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new ConfigException("port " + port + " on " + host + " is in use by another program ("
                    + e.getMessage() + "): stop it, or pass another --port");
        }
    }
}
