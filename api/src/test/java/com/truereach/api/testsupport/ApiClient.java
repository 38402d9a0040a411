package com.truereach.api.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A raw HTTP client for tests: it sends exactly the bytes a test gives (malformed JSON included)
 * and exposes status, headers and the parsed body.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final java.util.Map<String, String> headers;

  public ApiClient(URL base) {
    this(URI.create(base.toString()), java.util.Map.of());
  }

  private ApiClient(URI base, java.util.Map<String, String> headers) {
    this.base = base;
    this.headers = headers;
  }

  /** The same client sending {@code Authorization: Bearer token}. */
  public ApiClient as(String token) {
    return with("Authorization", "Bearer " + token);
  }

  /** The same client sending one more header on every request. */
  public ApiClient with(String name, String value) {
    java.util.Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new ApiClient(base, more);
  }

  public Response send(String method, String path, String body) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public Response postJson(String path, String body) {
    return post(path, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public Response post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private Response send(HttpRequest.Builder request) {
    try {
      headers.forEach(request::header);
      HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the API answered. */
  public record Response(HttpResponse<String> raw) {

    public int status() {
      return raw.statusCode();
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("body is not JSON: " + raw.body(), e);
      }
    }

    public String body() {
      return raw.body();
    }
  }
}
