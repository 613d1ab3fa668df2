package dev.aorhub.shared.web;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads a JSON body into its typed request record without stopping at the first value of
 * the wrong type (an unknown enum name, a date that is not one, text for a number): each
 * is left null and becomes a field problem, so that one 422 names it together with the
 * record's constraints and the service's rules, as the API promises.
 */
public final class TypedBody {

	private TypedBody() {
	}

	/** The record, with null where a value could not be read, and why. */
	public record Read<T>(T value, List<FieldProblem> problems) {
	}

	/**
	 * The record of a verb whose body is optional: {@code absent} when there is none (no
	 * body, or JSON {@code null}), else read as {@link #read}.
	 */
	public static <T> Read<T> readOptional(JsonMapper json, JsonNode body, Class<T> type, T absent) {
		return (body == null || body.isNull()) ? new Read<>(absent, List.of()) : read(json, body, type);
	}

	public static <T> Read<T> read(JsonMapper json, JsonNode body, Class<T> type) {
		if (body == null || !body.isObject()) {
			// An array, a string or nothing where the record's object belongs: malformed,
			// like a body that is not JSON (400), not a record with every field missing.
			throw new HttpMessageNotReadableException("The request body must be a JSON object",
					(HttpInputMessage) null);
		}
		List<FieldProblem> problems = new ArrayList<>();
		try {
			T value = json.readerFor(type).withHandler(new Collecting(problems)).readValue(body);
			return new Read<>(value, List.copyOf(problems));
		}
		catch (MismatchedInputException ex) {
			// A shape no field takes: the same answer as an unreadable body of a single
			// field.
			throw new InvalidInputException(ApiExceptionHandler.path(ex), "has an invalid value");
		}
		catch (InputCoercionException ex) {
			// A number too large for its field (a count of minutes in the trillions).
			throw new InvalidInputException(ApiExceptionHandler.path(ex), "is out of range");
		}
		catch (JsonNodeException ex) {
			// A number beyond what a double holds (1e400) for a decimal field: the tree
			// has it as infinity, which no BigDecimal takes.
			throw new InvalidInputException(ApiExceptionHandler.path(ex), "is out of range");
		}
	}

	/** What a field of the type expects, as the forms say it. */
	static String expectation(Class<?> type) {
		if (type.isEnum()) {
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "must be a date (YYYY-MM-DD)";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "must be a number";
		}
		return "has an invalid value";
	}

	/** {@code annualValue.amount}, {@code fees[1].percent}. */
	private static String path(JsonParser parser) {
		List<String> names = new ArrayList<>();
		for (TokenStreamContext context = parser.streamReadContext(); context != null
				&& !context.inRoot(); context = context.getParent()) {
			if (context.inArray()) {
				names.add(0, "[" + context.getCurrentIndex() + "]");
			}
			else if (context.currentName() != null) {
				names.add(0, "." + context.currentName());
			}
		}
		String path = String.join("", names);
		return path.startsWith(".") ? path.substring(1) : path;
	}

	private static final class Collecting extends DeserializationProblemHandler {

		private final List<FieldProblem> problems;

		Collecting(List<FieldProblem> problems) {
			this.problems = problems;
		}

		@Override
		public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
				String failureMsg) {
			return problem(ctxt.getParser(), targetType);
		}

		@Override
		public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
				String failureMsg) {
			return problem(ctxt.getParser(), targetType);
		}

		@Override
		public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
				String failureMsg) {
			p.skipChildren();
			return problem(p, targetType.getRawClass());
		}

		private Object problem(JsonParser parser, Class<?> type) {
			this.problems.add(new FieldProblem(path(parser), expectation(type)));
			return null;
		}

	}

}
