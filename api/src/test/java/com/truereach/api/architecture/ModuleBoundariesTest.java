package com.truereach.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN's module table: nothing depends on api; matching is plain
 * Java free of frameworks and I/O; billing never touches matching and serves no HTTP. The poms
 * already keep the modules apart; this test catches what a pom cannot see (a framework or I/O
 * library arriving transitively, cycles between features inside api).
 */
class ModuleBoundariesTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.truereach");
  }

  @Test
  void matching_depends_on_no_framework_and_does_no_io() {
    noClasses().that().resideInAPackage("com.truereach.matching..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.micronaut..", "jakarta..", "javax..", "java.sql..", "java.net..", "java.nio.file..",
            "co.elastic..", "com.stripe..", "com.truereach.api..", "com.truereach.billing..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void billing_never_depends_on_matching_api_or_http() {
    noClasses().that().resideInAPackage("com.truereach.billing..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.truereach.matching..", "com.truereach.api..", "io.micronaut.http..")
        .check(classes);
  }

  @Test
  void features_inside_api_have_no_cycles() {
    slices().matching("com.truereach.api.(*)..").should().beFreeOfCycles().check(classes);
  }
}
