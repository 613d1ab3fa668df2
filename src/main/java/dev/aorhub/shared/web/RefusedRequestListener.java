package dev.aorhub.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Hears each request that the exception handlers answer 403 (method security refusing a
 * role), as the security filters' own refusals are heard, so the security log misses
 * none.
 */
public interface RefusedRequestListener {

	void refused(HttpServletRequest request);

}
