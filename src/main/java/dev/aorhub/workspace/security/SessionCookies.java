package dev.aorhub.workspace.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session and remember-me cookies: always {@code HttpOnly}, {@code SameSite=Lax} and
 * for the whole site; over HTTPS also {@code Secure} and named with the {@code __Host-}
 * prefix, which browsers accept only from a secure origin, for path {@code /} and without
 * a domain, so neither a sibling subdomain nor plain HTTP can plant or overwrite them.
 * Over plain HTTP (a developer's machine) they keep their usual names. Whether a request
 * is secure is decided by the server, which believes {@code X-Forwarded-Proto} only from
 * a trusted proxy (README, "Behind a proxy").
 */
final class SessionCookies {

	static final String SESSION = "SESSION";

	static final String REMEMBER_ME = "remember-me";

	static final String HOST_PREFIX = "__Host-";

	private SessionCookies() {
	}

	static String name(String name, HttpServletRequest request) {
		return request.isSecure() ? HOST_PREFIX + name : name;
	}

	/** Spring Session's cookie, named and flagged by the request's scheme. */
	static CookieSerializer sessionCookie() {
		var plain = serializer(SESSION, false);
		var hostPrefixed = serializer(HOST_PREFIX + SESSION, true);
		return new CookieSerializer() {

			@Override
			public void writeCookieValue(CookieValue value) {
				(value.getRequest().isSecure() ? hostPrefixed : plain).writeCookieValue(value);
			}

			@Override
			public List<String> readCookieValues(HttpServletRequest request) {
				return (request.isSecure() ? hostPrefixed : plain).readCookieValues(request);
			}

		};
	}

	private static DefaultCookieSerializer serializer(String name, boolean secure) {
		var serializer = new DefaultCookieSerializer();
		serializer.setCookieName(name);
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(secure);
		return serializer;
	}

	/** Remember-me logins whose cookie follows the same rules as the session's. */
	static final class RememberMeServices extends PersistentTokenBasedRememberMeServices {

		RememberMeServices(String key, UserDetailsService users, PersistentTokenRepository tokens) {
			super(key, users, tokens);
		}

		@Override
		protected String extractRememberMeCookie(HttpServletRequest request) {
			String wanted = name(REMEMBER_ME, request);
			Cookie[] cookies = request.getCookies();
			if (cookies == null) {
				return null;
			}
			for (Cookie cookie : cookies) {
				if (wanted.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
			return null;
		}

		@Override
		protected void setCookie(String[] tokens, int maxAge, HttpServletRequest request,
				HttpServletResponse response) {
			response.addCookie(cookie(encodeCookie(tokens), maxAge, request));
		}

		@Override
		protected void cancelCookie(HttpServletRequest request, HttpServletResponse response) {
			response.addCookie(cookie("", 0, request));
		}

		private static Cookie cookie(String value, int maxAge, HttpServletRequest request) {
			var cookie = new Cookie(name(REMEMBER_ME, request), value);
			cookie.setMaxAge(maxAge);
			cookie.setPath("/");
			cookie.setSecure(request.isSecure());
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			return cookie;
		}

	}

}
