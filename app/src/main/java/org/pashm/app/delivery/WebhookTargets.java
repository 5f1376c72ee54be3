package org.pashm.app.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps webhooks away from the platform's own network (OWASP API7:2023, server-side request forgery): a webhook
 * URL whose host is, or resolves to, a loopback, private, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, unspecified or multicast address is refused when the subscription is made and again before
 * every delivery (the name may resolve elsewhere by then). The HTTP client resolves the name once more when it
 * connects, so a name that flips between the check and the connection is not caught; redirects are never
 * followed. {@code pashm.webhooks.allow-private-targets=true} lifts the rule, for a receiver on the same network
 * (and the tests' local receiver).
 */
@ApplicationScoped
public class WebhookTargets {

    @ConfigProperty(name = "pashm.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivate;

    /**
     * Why a delivery to {@code url} is refused, or empty when it may go. A host that does not resolve is not
     * refused here: it fails when delivered, like any unreachable receiver.
     */
    public Optional<String> refusal(String url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + url + "' is not a URL");
        }
        if (host == null) {
            return Optional.of("'" + url + "' has no host");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    String literal = address.getHostAddress();
                    boolean named = !host.replace("[", "").replace("]", "").equalsIgnoreCase(literal);
                    return Optional.of((named ? host + " resolves to " + literal : literal) + ", an address of a "
                            + "private, loopback or link-local network; webhooks go to public addresses only");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;                                   // fc00::/7, unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                                    // 0.0.0.0/8, "this network"
                || (first == 100 && second >= 64 && second < 128)            // 100.64.0.0/10, carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)       // 192.0.0.0/24, protocol assignments
                || first >= 240;                                             // 240.0.0.0/4, reserved and broadcast
    }
}
