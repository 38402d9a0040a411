package com.truereach.api.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.truereach.api.validation.StorableText;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every text a request body brings is either shaped by a pattern or an e-mail check, or declared
 * {@link StorableText}: a new free-text field without it would reach PostgreSQL with a NUL and be
 * refused there, without the field's name. The few texts that are neither are listed with what
 * checks them instead.
 */
class RequestTextTest {

  /** Texts checked by the code that reads them, not by a constraint; each with what checks it. */
  private static final Map<String, String> CHECKED_ELSEWHERE = Map.of(
      "ApplyRequest.campaignId", "parsed as a UUID",
      "InviteRequest.creatorIds[]", "each parsed as a UUID",
      "InviteRequest.shortlistId", "parsed as a UUID",
      "SubscribeRequest.url", "parsed as an https URL",
      "SubscribeRequest.events[]", "each must be a known event type",
      "CreateClientRequest.scopes[]", "each must be a scope a partner may hold",
      "AccountRequest.password", "sent to the identity provider only, never stored by the API");

  @Test
  void every_text_of_a_request_body_is_constrained() {
    List<String> unchecked = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (JavaClass controller : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.truereach.api")) {
      if (!controller.isAnnotatedWith(Controller.class)) {
        continue;
      }
      for (Method method : controller.reflect().getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(Body.class) && parameter.getType().isRecord()) {
            collect(parameter.getType(), seen, texts, unchecked);
          }
        }
      }
    }
    assertThat(seen).as("request bodies found").hasSizeGreaterThan(10);
    assertThat(unchecked).as("texts without @StorableText, @Pattern or @Email").isEmpty();
    assertThat(texts).as("every exception names a text that still exists").containsAll(CHECKED_ELSEWHERE.keySet());
  }

  private static void collect(Class<?> record, Set<Class<?>> seen, Set<String> texts, List<String> unchecked) {
    if (!seen.add(record)) {
      return;
    }
    for (RecordComponent component : record.getRecordComponents()) {
      String name = record.getSimpleName() + "." + component.getName();
      AnnotatedType type = component.getAnnotatedType();
      if (component.getType() == String.class) {
        // A constraint on a record component lands on its accessor or on its type, as its targets allow.
        texts.add(name);
        check(name, unchecked, component, component.getAccessor(), type);
      } else if (type instanceof AnnotatedParameterizedType list && List.class.isAssignableFrom(component.getType())) {
        AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
        if (element.getType() == String.class) {
          texts.add(name + "[]");
          check(name + "[]", unchecked, element);
        } else if (element.getType() instanceof Class<?> nested && nested.isRecord()) {
          collect(nested, seen, texts, unchecked);
        }
      } else if (component.getType().isRecord()) {
        collect(component.getType(), seen, texts, unchecked);
      }
    }
  }

  private static void check(String name, List<String> unchecked, AnnotatedElement... places) {
    boolean constrained = java.util.Arrays.stream(places).anyMatch(text -> text.isAnnotationPresent(StorableText.class)
        || text.isAnnotationPresent(Pattern.class) || text.isAnnotationPresent(Email.class));
    if (!constrained && !CHECKED_ELSEWHERE.containsKey(name)) {
      unchecked.add(name);
    }
  }
}
