package dev.aorhub.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors that never reached a controller (unknown route, wrong method, a filter's
 * rejection): problem details under {@code /api}, a friendly page everywhere else.
 */
@Controller
public class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = Problems.of(status, Problems.typeFor(status), detail(status));
			problem.setInstance(java.net.URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("message", detail(status));
		return page;
	}

	/**
	 * The status of the error being shown; a visit to {@code /error} itself, with no
	 * error behind it, is an address with nothing at it.
	 */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String detail(HttpStatus status) {
		return switch (status.value()) {
			case 400 -> "The request was malformed.";
			case 401 -> "Sign in to continue.";
			case 403 -> "You are signed in, but your roles do not allow this.";
			case 404 -> "There is nothing at this address, or it is not yours to see.";
			case 405 -> "This address does not accept that method.";
			case 413 -> "The request is larger than allowed.";
			case 429 -> "Too many requests in a short while; try again in a few minutes.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; the error has been logged."
					: status.getReasonPhrase();
		};
	}

}
