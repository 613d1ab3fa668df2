package dev.aorhub.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An ISO 4217 currency code such as USD (any case; blank or null passes, pair it with
 * {@code @NotBlank} where the currency is required).
 */
@Documented
@Constraint(validatedBy = ValidCurrencyValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCurrency {

	String message() default "must be an ISO 4217 currency code such as USD or EUR";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
