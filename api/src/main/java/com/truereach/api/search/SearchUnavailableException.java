package com.truereach.api.search;

/** Elasticsearch could not answer; the API reports it as 503, never as the client's fault. */
public class SearchUnavailableException extends RuntimeException {
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
