package org.pashm.app.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * every delivery (the name may resolve elsewhere by then).
 *
 * <p>A delivery connects to the address checked here ({@link Target#address()}) and never resolves the name again,
 * so a name server that answers a public address to the check and an internal one to the connection (DNS
 * rebinding) gains nothing; redirects are never followed. {@code pashm.webhooks.allow-private-targets=true} lifts
 * the rule, for a receiver on the same network (and the tests' local receiver); the delivery still connects to the
 * address resolved here.
 */
@ApplicationScoped
public class WebhookTargets {

    @ConfigProperty(name = "pashm.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivate;

    @Inject
    HostResolver resolver;

    /**
     * Where a delivery to a URL goes: the address to connect to, or why it may not go, or neither when the host does
     * not resolve (that is not refused: it fails when delivered, like any unreachable receiver).
     */
    public record Target(InetAddress address, String refusal) {

        static Target refused(String why) {
            return new Target(null, why);
        }
    }

    /** Why a subscription to {@code url} is refused, or empty when it may be made. */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(target(url).refusal());
    }

    /** Resolves the URL's host once and checks every address it has; the first is the one to connect to. */
    public Target target(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return Target.refused("'" + url + "' is not a URL");
        }
        if (host == null) {
            return Target.refused("'" + url + "' has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Target(null, null);
        }
        if (addresses.length == 0) {
            return new Target(null, null);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    String literal = address.getHostAddress();
                    boolean named = !host.replace("[", "").replace("]", "").equalsIgnoreCase(literal);
                    return Target.refused((named ? host + " resolves to " + literal : literal) + ", an address of a "
                            + "private, loopback or link-local network; webhooks go to public addresses only");
                }
            }
        }
        return new Target(addresses[0], null);
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
