package dev.aorhub.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The longest text each field of a page's form may hold, read from the {@link Size}
 * constraints of its request record, so an input stops where the server would refuse
 * ({@code maxlength}) and the two can never disagree. A page whose model has a
 * {@code form} gets its limits as {@code limits} (a {@code teamForm} as
 * {@code teamLimits}), by field path ({@code name}, {@code billingAddress.city}); a form
 * that is not itself the validated record names it with {@link ValidatedAs}.
 */
@Component
public class FieldLimits implements HandlerInterceptor {

	/** The request record a page's form is checked as. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	public @interface ValidatedAs {

		Class<?> value();

	}

	/** Nested records deeper than this are not read: no form goes that far. */
	private static final int MAX_DEPTH = 3;

	private final Validator validator;

	private final Map<Class<?>, Map<String, Integer>> byType = new ConcurrentHashMap<>();

	FieldLimits(Validator validator) {
		this.validator = validator;
	}

	/** The maximum length by field path of a form or request type. */
	public Map<String, Integer> of(Class<?> type) {
		return this.byType.computeIfAbsent(type, (form) -> {
			ValidatedAs validatedAs = form.getAnnotation(ValidatedAs.class);
			Map<String, Integer> limits = new LinkedHashMap<>();
			collect((validatedAs != null) ? validatedAs.value() : form, "", limits, 0);
			// A form may flatten a nested record: its fields are found by their own name
			// too, unless the form has a field of that name itself.
			Map<String, Integer> flattened = new LinkedHashMap<>(limits);
			limits.forEach((path, max) -> flattened.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), max));
			return Map.copyOf(flattened);
		});
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
				|| page.getModel().containsKey("limits")) {
			return;
		}
		Map<String, Object> forms = new LinkedHashMap<>();
		page.getModel().forEach((name, value) -> {
			// Binding results sit beside the forms as
			// "org.springframework...BindingResult.form".
			if (value != null && !name.contains(".") && (name.equals("form") || name.endsWith("Form"))) {
				forms.put(name.equals("form") ? "limits" : name.replaceFirst("Form$", "Limits"), of(value.getClass()));
			}
		});
		page.addAllObjects(forms);
	}

	private void collect(Class<?> type, String prefix, Map<String, Integer> limits, int depth) {
		for (PropertyDescriptor property : this.validator.getConstraintsForClass(type).getConstrainedProperties()) {
			String path = prefix + property.getPropertyName();
			for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
				if (constraint.getAnnotation() instanceof Size size && size.max() < Integer.MAX_VALUE) {
					limits.merge(path, size.max(), Math::min);
				}
			}
			Class<?> element = property.getElementClass();
			if (property.isCascaded() && depth < MAX_DEPTH && !Collection.class.isAssignableFrom(element)
					&& !Map.class.isAssignableFrom(element)) {
				collect(element, path + ".", limits, depth + 1);
			}
		}
	}

}
