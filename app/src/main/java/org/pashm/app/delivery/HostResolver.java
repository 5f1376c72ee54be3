package org.pashm.app.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves a webhook's host name, once per check: {@link WebhookTargets} checks the addresses this returns and the
 * delivery connects to the one it checked. A bean of its own so that a test can answer as a hostile name server
 * would.
 */
@ApplicationScoped
public class HostResolver {

    /** The host's addresses (an IP literal, with or without brackets, is its own address). */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
