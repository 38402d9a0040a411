package com.truereach.api.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by each part of the stack on this machine, read from /proc (Linux), so
 * a benchmark phase can say where the machine's time went and not only how fast it was.
 * PostgreSQL counts its live processes only: a backend that exited during the phase is missed,
 * which the pooled connections of the API make rare.
 */
record ProcessCpu(double api, double elasticsearch, double postgres, double loadGenerator) {

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux build we run

  static ProcessCpu now(long apiPid) {
    double es = 0;
    double pg = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
        String command = read(process.resolve("cmdline")).replace('\0', ' ');
        if (command.contains("org.elasticsearch.bootstrap.Elasticsearch")) {
          es += seconds(process);
        } else if (read(process.resolve("comm")).strip().equals("postgres")) {
          pg += seconds(process);
        }
      }
    } catch (IOException e) {
      return new ProcessCpu(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double self = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    return new ProcessCpu(seconds(Path.of("/proc/" + apiPid)), es, pg, self);
  }

  /** "CPU s per 1,000 creators" between an earlier reading and this one. */
  String perThousandSince(ProcessCpu before, long creators) {
    double k = creators / 1000.0;
    return String.format(Locale.ROOT, "CPU s per 1,000 creators: API %.2f, Elasticsearch %.2f, PostgreSQL %.2f, load generator %.2f",
        (api - before.api) / k, (elasticsearch - before.elasticsearch) / k, (postgres - before.postgres) / k,
        (loadGenerator - before.loadGenerator) / k);
  }

  private static double seconds(Path process) {
    String stat = read(process.resolve("stat"));
    if (stat.isEmpty()) {
      return 0;
    }
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th field.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return ""; // the process ended meanwhile, or is not ours to read
    }
  }
}
