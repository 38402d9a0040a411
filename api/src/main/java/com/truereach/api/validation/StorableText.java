package com.truereach.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free text that can be stored as it was sent. PostgreSQL text cannot hold a NUL character, and a
 * lone UTF-16 surrogate (a JSON escape such as {@code "\ud800"}) has no UTF-8 form: the driver
 * would write a '?' in its place. Either is refused here, with the field named, rather than by the
 * database after the fact. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface StorableText {

  String MESSAGE = "must not contain NUL characters or unpaired surrogates";

  String message() default MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself, for the readers that validate JSON by hand (the import, contests). */
  final class Check {

    private Check() {}

    public static boolean isStorable(CharSequence value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\u0000') {
          return false;
        }
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return false;
        }
      }
      return true;
    }
  }
}
