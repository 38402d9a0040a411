package com.truereach.api.webhooks;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs webhooks may be sent to: absolute https URLs on public addresses, no credentials in
 * the URL. The address is checked when a subscription is made and again before each attempt, so a
 * name that later resolves to a private address (DNS rebinding) is still refused.
 */
@Singleton
class WebhookTargets {

  private final WebhookConfig config;

  WebhookTargets(WebhookConfig config) {
    this.config = config;
  }

  /** Why the URL cannot receive webhooks, or empty when it can. */
  Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return Optional.of("must be an absolute URL with a host");
    }
    if (!scheme.equals("https") && !(config.allowPrivateTargets() && scheme.equals("http"))) {
      return Optional.of("must use https");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("must not carry credentials; verify deliveries with the signature instead");
    }
    if (uri.getFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    return addressRefusal(uri.getHost());
  }

  private Optional<String> addressRefusal(String host) {
    if (config.allowPrivateTargets()) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
            || address.isMulticastAddress() || isUniqueLocalV6(address)) {
          return Optional.of("must point at a public address, not " + address.getHostAddress());
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("has a host name that does not resolve");
    }
  }

  private static boolean isUniqueLocalV6(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
