package dev.aorhub.shared.web;

import java.util.ArrayList;
import java.util.List;

import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import dev.aorhub.shared.validation.ConstraintViolations;
import jakarta.validation.ConstraintViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every exception an API controller lets through to RFC 9457 problem details: 422
 * with a field list for invalid input, 400 for malformed requests, 404, 409, and a 500
 * that never shows the cause to the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ObjectProvider<RefusedRequestListener> refusals;

	ApiExceptionHandler(ObjectProvider<RefusedRequestListener> refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException ex) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS);
		ex.retryAfterSeconds().ifPresent((seconds) -> answer.header(HttpHeaders.RETRY_AFTER, seconds.toString()));
		return answer.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", ex.getMessage()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.validation(ex.problems());
	}

	/**
	 * A request record that a service validates itself ({@code @Validated} with
	 * {@code @Valid}): 422 with the fields at fault, named by their path inside the
	 * request ({@code create.request.budget.amount} is {@code budget.amount}).
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		return ResponseEntity.unprocessableContent()
			.body(Problems.validation(ConstraintViolations.problems(ex.getConstraintViolations())));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.problemType(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail optimisticLock(ObjectOptimisticLockingFailureException ex) {
		return Problems.of(HttpStatus.CONFLICT, "stale-version",
				"The record was changed by someone else at the same time; reload it and try again");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.warn("Data integrity violation answered as 409", ex);
		return Problems.of(HttpStatus.CONFLICT, "conflict", "The change conflicts with existing data");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		this.refusals.forEach((listener) -> listener.refused(request));
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
				"Parameter '" + ex.getName() + "' has an invalid value");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in an API request", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
				"Something went wrong on our side; the error has been logged");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.unprocessableContent().body(Problems.validation(fieldProblems(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> problems
					.add(new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
		return ResponseEntity.unprocessableContent().body(Problems.validation(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Well-formed JSON with a value of the wrong kind (an unknown enum name, text for
		// a
		// number) is invalid input of one field: 422 naming it, like any other rule.
		MismatchedInputException mismatch = cause(ex, MismatchedInputException.class);
		if (mismatch != null && !mismatch.getPath().isEmpty() && expectation(mismatch) != null) {
			return ResponseEntity.unprocessableContent()
				.body(Problems.validation(List.of(new FieldProblem(path(mismatch), expectation(mismatch)))));
		}
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
					"The request body is not valid JSON of the expected shape"));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The upload is larger than allowed"));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		// Spring's own problems (415, a ResponseStatusException's 401 or 429...) keep
		// their
		// status and detail but get our type URI instead of about:blank.
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(java.net.URI.create(Problems.TYPE_BASE + Problems.typeFor(statusCode)));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** The JSON path of the bad value, as {@code fees[1].percent}. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * What the field expects, for value types whose text can be wrong; null otherwise.
	 */
	private static String expectation(MismatchedInputException ex) {
		Class<?> target = ex.getTargetType();
		if (target != null && target.isEnum()) {
			return "must be one of " + java.util.Arrays.stream(target.getEnumConstants())
				.map(Object::toString)
				.collect(java.util.stream.Collectors.joining(", "));
		}
		if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
			return "must be a number";
		}
		if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
			return "must be a date (YYYY-MM-DD)";
		}
		if (target != null && java.util.UUID.class.equals(target)) {
			return "must be an id (UUID)";
		}
		return null;
	}

	static List<FieldProblem> fieldProblems(BindingResult result) {
		List<FieldProblem> problems = new ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getField(), FormErrors.message(error, result))));
		result.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return problems;
	}

}
