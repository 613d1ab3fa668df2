package dev.aorhub.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A time zone id such as Europe/London or UTC (blank or null passes). */
@Documented
@Constraint(validatedBy = ValidTimeZoneValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTimeZone {

	String message() default "must be a time zone such as America/New_York or UTC";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
