package com.truereach.api.ops;

import com.truereach.api.search.IndexMaintenance;
import io.micronaut.context.ApplicationContext;

/**
 * Operator commands on the search index, run against the configured database and cluster:
 *
 * <pre>
 *   java -cp api/target/truereach-api-*.jar com.truereach.api.ops.IndexCommand rebuild
 *   java -cp api/target/truereach-api-*.jar com.truereach.api.ops.IndexCommand check
 * </pre>
 *
 * ({@code infra/index.sh rebuild|check} does the same.) {@code check} exits 1 when index and
 * database disagree, listing the differences.
 */
public final class IndexCommand {

  private IndexCommand() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !(args[0].equals("rebuild") || args[0].equals("check"))) {
      System.err.println("usage: IndexCommand rebuild|check");
      System.exit(2);
    }
    int status = 0;
    try (ApplicationContext context = ApplicationContext.builder().args(args).deduceEnvironment(false).start()) {
      IndexMaintenance maintenance = context.getBean(IndexMaintenance.class);
      if (args[0].equals("rebuild")) {
        IndexMaintenance.RebuildReport report = maintenance.rebuild();
        System.out.printf("Rebuilt into %s: %d creators indexed, %d changed during the rebuild re-indexed.%n",
            report.index(), report.indexed(), report.caughtUp());
      } else {
        IndexMaintenance.ConsistencyReport report = maintenance.check();
        System.out.printf("Database: %d creators. Index: %d documents.%n", report.inDatabase(), report.inIndex());
        System.out.printf("Missing from the index: %d %s%n", report.missingFromIndex().size(), report.missingFromIndex());
        System.out.printf("In the index but not in the database: %d %s%n", report.notInDatabase().size(), report.notInDatabase());
        System.out.printf("Stale in the index (older version): %d %s%n", report.staleInIndex().size(), report.staleInIndex());
        System.out.println(report.consistent() ? "Consistent." : "NOT consistent: run 'rebuild', or let the outbox catch up and check again.");
        status = report.consistent() ? 0 : 1;
      }
    }
    System.exit(status);
  }
}
