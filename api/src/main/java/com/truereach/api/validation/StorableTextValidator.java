package com.truereach.api.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link StorableText} fields. */
@Singleton
class StorableTextValidator implements ConstraintValidator<StorableText, CharSequence> {

  @Override
  public boolean isValid(@Nullable CharSequence value, @NonNull AnnotationValue<StorableText> annotation,
      @NonNull ConstraintValidatorContext context) {
    return value == null || StorableText.Check.isStorable(value);
  }
}
