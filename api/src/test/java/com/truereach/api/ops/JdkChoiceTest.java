package com.truereach.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.api.testsupport.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK each process is started on (infra/jdk.sh), run by bash over made-up JDK homes: a JDK is
 * a directory with an executable bin/java and a release file, so no real JDK is needed and the
 * machine's own ones (its /usr/lib/jvm and the java on its PATH) stay out of the answer.
 */
class JdkChoiceTest {

  @TempDir
  Path dir;

  @Test
  void the_api_prefers_a_jdk_25_and_turns_on_compact_headers_there() throws Exception {
    Path jdk17 = jdk("jdk-17", "17.0.15");
    Path jdk25 = jdk("jdk-25", "25.0.1");
    assertEquals(jdk25.toString(), run("find_api_jdk", Map.of("JAVA_HOME", jdk17.toString())));
    assertTrue(run("api_java_opts " + jdk25, Map.of()).endsWith("-XX:+UseCompactObjectHeaders"));
    assertFalse(run("api_java_opts " + jdk17, Map.of()).contains("CompactObjectHeaders"),
        "a JDK 17 refuses the flag and would not start");
    assertTrue(run("api_java_opts " + jdk17, Map.of()).startsWith("-Xms384m -Xmx384m"));
  }

  @Test
  void without_a_jdk_25_the_api_runs_on_java_home_then_the_default_java() throws Exception {
    Path jdk17 = jdk("jdk-17", "17.0.15");
    Path jdk21 = jdk("jdk-21", "21.0.4");
    assertEquals(jdk21.toString(), run("find_api_jdk", Map.of("JAVA_HOME", jdk21.toString())));
    Path onPath = dir.resolve("path");
    Files.createDirectories(onPath);
    Files.createSymbolicLink(onPath.resolve("java"), jdk17.resolve("bin/java"));
    assertEquals(jdk17.toString(), run("find_api_jdk", Map.of(), onPath));
  }

  @Test
  void an_operator_can_name_the_apis_jdk_and_a_wrong_one_is_refused() throws Exception {
    Path jdk17 = jdk("jdk-17", "17.0.15");
    jdk("jdk-25", "25.0.1");
    assertEquals(jdk17.toString(), run("find_api_jdk", Map.of("TRUEREACH_API_JAVA_HOME", jdk17.toString())));
    assertNotEquals(0, exitCode("find_api_jdk", Map.of("TRUEREACH_API_JAVA_HOME", dir.resolve("nothing").toString())));
    Path jdk11 = jdk("jdk-11", "11.0.2");
    assertNotEquals(0, exitCode("find_api_jdk", Map.of("TRUEREACH_API_JAVA_HOME", jdk11.toString())));
  }

  @Test
  void elasticsearch_takes_java_home_when_21_or_newer_else_the_newest_installed() throws Exception {
    Path jdk17 = jdk("jdk-17", "17.0.15");
    Path jdk21 = jdk("jdk-21", "21.0.4");
    Path jdk25 = jdk("jdk-25", "25.0.1");
    assertEquals(jdk21.toString(), run("find_es_jdk", Map.of("JAVA_HOME", jdk21.toString())));
    assertEquals(jdk25.toString(), run("find_es_jdk", Map.of("JAVA_HOME", jdk17.toString())));
    assertEquals(jdk17.toString(), run("find_kc_jdk", Map.of("JAVA_HOME", jdk17.toString())));
  }

  @Test
  void no_jdk_at_all_is_a_failure_not_an_empty_answer() throws Exception {
    assertNotEquals(0, exitCode("find_api_jdk", Map.of()));
    assertNotEquals(0, exitCode("find_es_jdk", Map.of()));
  }

  /** A made-up JDK home under the scanned directory; its java answers nothing and is never run. */
  private Path jdk(String name, String version) throws IOException {
    Path home = dir.resolve("jvm").resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private String run(String command, Map<String, String> env) throws Exception {
    return run(command, env, null);
  }

  private String run(String command, Map<String, String> env, Path javaOnPath) throws Exception {
    Process process = start(command, env, javaOnPath);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), () -> command + " failed: " + err);
    return out.strip();
  }

  private int exitCode(String command, Map<String, String> env) throws Exception {
    Process process = start(command, env, null);
    process.getInputStream().readAllBytes();
    return process.waitFor();
  }

  private static Path onThisMachine(String tool) {
    for (String entry : System.getenv("PATH").split(":")) {
      Path candidate = Path.of(entry, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(tool + " is not on the PATH");
  }

  private Process start(String command, Map<String, String> env, Path javaOnPath) throws IOException {
    // A PATH holding only the tools the script uses (and, when asked, a java), so the machine's
    // own java is never found.
    Path tools = dir.resolve("tools");
    if (!Files.isDirectory(tools)) {
      Files.createDirectories(tools);
      for (String tool : List.of("sed", "dirname", "readlink")) {
        // A wrapper rather than a link: JUnit warns about links leaving its directory.
        Path wrapper = tools.resolve(tool);
        Files.writeString(wrapper, "#!/bin/sh\nexec " + onThisMachine(tool) + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    String path = (javaOnPath == null ? "" : javaOnPath + ":") + tools;
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c",
        "set -euo pipefail; source \"$1\"; " + command, "jdk-test", RepositoryRoot.find().resolve("infra/jdk.sh").toString());
    builder.environment().clear();
    builder.environment().put("PATH", path);
    builder.environment().put("TRUEREACH_JVM_DIR", dir.resolve("jvm").toString());
    builder.environment().putAll(env);
    return builder.start();
  }
}
