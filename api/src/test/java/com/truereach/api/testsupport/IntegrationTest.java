package com.truereach.api.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Implemented by every {@code @MicronautTest} that needs the real services: the application context
 * of the class then runs against its own database and index prefix. Such classes must use
 * {@code @TestInstance(PER_CLASS)}, which Micronaut requires to read these properties.
 */
public interface IntegrationTest extends TestPropertyProvider {

  @Override
  default Map<String, String> getProperties() {
    return TestServices.isolatedProperties();
  }
}
