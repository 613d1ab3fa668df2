package dev.aorhub.workspace.security;

import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RateLimited} before the controller method runs; a refusal reaches the
 * API's or the pages' exception handler like any error of the method. Requests to methods
 * without the annotation cost nothing.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimits limits;

	RateLimitInterceptor(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			RateLimited limited = method.getMethodAnnotation(RateLimited.class);
			if (limited != null) {
				this.limits.acquire(limited.value(), CurrentUser.current(), request.getRemoteAddr());
			}
		}
		return true;
	}

}
