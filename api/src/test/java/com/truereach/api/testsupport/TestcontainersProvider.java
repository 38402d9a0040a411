package com.truereach.api.testsupport;

import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** Containers of the same versions as the local stack, for machines with a Docker engine. */
final class TestcontainersProvider implements ServiceProvider {

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @Override
  public String name() {
    return "Testcontainers";
  }

  @Override
  @SuppressWarnings("resource") // containers live as long as the test JVM; Ryuk removes them
  public ServiceEndpoints start() {
    PostgreSQLContainer<?> postgres =
        new PostgreSQLContainer<>(DockerImageName.parse("postgres:15"))
            .withDatabaseName("truereach")
            .withUsername("truereach")
            .withPassword("truereach");
    ElasticsearchContainer elasticsearch =
        new ElasticsearchContainer(DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:9.2.8"))
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g");
    GenericContainer<?> keycloak =
        new GenericContainer<>(DockerImageName.parse("quay.io/keycloak/keycloak:26.5.6"))
            .withCopyFileToContainer(
                MountableFile.forHostPath(RepositoryRoot.find().resolve("infra/keycloak/truereach-realm.json")),
                "/opt/keycloak/data/import/truereach-realm.json")
            .withCommand("start-dev", "--import-realm")
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
            .withExposedPorts(8080)
            .waitingFor(
                Wait.forHttp("/realms/truereach/.well-known/openid-configuration")
                    .forStatusCode(200)
                    .withStartupTimeout(Duration.ofMinutes(3)));
    postgres.start();
    elasticsearch.start();
    keycloak.start();
    return new ServiceEndpoints(
        postgres.getJdbcUrl(),
        postgres.getUsername(),
        postgres.getPassword(),
        "http://" + elasticsearch.getHttpHostAddress(),
        "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080) + "/realms/truereach");
  }
}
