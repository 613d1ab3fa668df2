package dev.aorhub.shared.web;

import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the error page for mistakes that reach a page controller: a missing (or another
 * workspace's) record is a 404 page, a bad filter a 400 page, never a 500.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

	private final ObjectProvider<RefusedRequestListener> refusals;

	PageExceptionHandler(ObjectProvider<RefusedRequestListener> refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, ErrorPages.detail(HttpStatus.NOT_FOUND));
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return page(HttpStatus.BAD_REQUEST, "The address has an invalid value for '" + ex.getName() + "'.");
	}

	/**
	 * A page or form the user's roles may not use (the same rule as the service behind
	 * it): the friendly 403 page, never the form.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex, HttpServletRequest request) {
		this.refusals.forEach((listener) -> listener.refused(request));
		return page(HttpStatus.FORBIDDEN, ErrorPages.detail(HttpStatus.FORBIDDEN));
	}

	/** An operation over its rate limit: the page says when to try again. */
	@ExceptionHandler(TooManyAttemptsException.class)
	ModelAndView tooManyAttempts(TooManyAttemptsException ex, HttpServletResponse response) {
		ex.retryAfterSeconds().ifPresent((seconds) -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds.toString()));
		return page(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
