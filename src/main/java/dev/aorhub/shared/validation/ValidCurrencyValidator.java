package dev.aorhub.shared.validation;

import java.util.Currency;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCurrency} against the JDK's list of ISO 4217 codes. */
public class ValidCurrencyValidator implements ConstraintValidator<ValidCurrency, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		return code.length() == 3 && Currency.getAvailableCurrencies()
			.stream()
			.anyMatch((currency) -> currency.getCurrencyCode().equals(code));
	}

}
