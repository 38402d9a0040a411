package com.truereach.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook: {@code TrueReach-Signature: t=<unix seconds>,v1=<hex>} where the hex is
 * HMAC-SHA256 over {@code "<t>.<raw body>"} with the subscription's secret. The timestamp is signed
 * so a receiver can refuse old deliveries (replayed by an attacker) by checking it is recent.
 */
public final class WebhookSignature {

  public static final String HEADER = "TrueReach-Signature";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  public static String header(String secret, long timestamp, String body) {
    return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
  }

  /** Whether a header is a valid signature of the body, made within {@code toleranceSeconds} of {@code now}. */
  public static boolean verify(String secret, String header, String body, long now, long toleranceSeconds) {
    long timestamp = -1;
    String signature = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        try {
          timestamp = Long.parseLong(part.substring(2));
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (part.startsWith("v1=")) {
        signature = part.substring(3);
      }
    }
    if (timestamp < 0 || signature == null || Math.abs(now - timestamp) > toleranceSeconds) {
      return false;
    }
    return MessageDigest.isEqual(hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
