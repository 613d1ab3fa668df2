package dev.aorhub.shared.validation;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidTimeZone} against the JDK's time zone rules. */
public class ValidTimeZoneValidator implements ConstraintValidator<ValidTimeZone, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		try {
			ZoneId.of(value.strip());
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
