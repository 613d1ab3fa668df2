package dev.aorhub.workspace.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's store as a page request should pay for it: one read, and a write only
 * when the session changed or its last access is older than a minute.
 * <p>
 * Spring Session commits a session when the response is committed and again when the
 * request ends, and the second commit reads the session once more only to learn its id
 * (spring-session#1731). Within a request ({@link RequestScope}) a session is read once
 * and that read answers every later lookup of the same id.
 * <p>
 * Each request also sets the session's last access, which made the store rewrite the
 * session row on every request. Here the store records it only once it is
 * {@link #precision(Duration) a minute} (at most a sixtieth of the timeout) newer than
 * what it holds, or together with any other change: a session that sees no request for
 * its whole timeout still ends, at most that minute early.
 */
final class FrugalSessionRepository implements FindByIndexNameSessionRepository<Session> {

	private static final Duration PRECISION = Duration.ofMinutes(1);

	private static final ThreadLocal<Map<String, Frugal>> REQUEST = new ThreadLocal<>();

	private final SessionRepository<Session> store;

	@SuppressWarnings("unchecked")
	FrugalSessionRepository(SessionRepository<? extends Session> store) {
		this.store = (SessionRepository<Session>) store;
	}

	/** How much newer a last access must be than the stored one to be written. */
	static Duration precision(Duration timeout) {
		if (timeout.isNegative() || timeout.isZero()) {
			return PRECISION;
		}
		Duration share = timeout.dividedBy(60);
		return (share.compareTo(PRECISION) < 0) ? share : PRECISION;
	}

	@Override
	public Session createSession() {
		return new Frugal(this.store.createSession(), null);
	}

	@Override
	public void save(Session session) {
		if (session instanceof Frugal frugal) {
			frugal.saveTo(this.store);
			Map<String, Frugal> request = REQUEST.get();
			if (request != null) {
				request.put(frugal.getId(), frugal);
			}
		}
		else {
			this.store.save(session);
		}
	}

	@Override
	public Session findById(String id) {
		Map<String, Frugal> request = REQUEST.get();
		Frugal known = (request != null) ? request.get(id) : null;
		if (known != null && known.getId().equals(id)) {
			return known;
		}
		Session stored = this.store.findById(id);
		if (stored == null) {
			return null;
		}
		Frugal found = new Frugal(stored, stored.getLastAccessedTime());
		if (request != null) {
			request.put(id, found);
		}
		return found;
	}

	@Override
	public void deleteById(String id) {
		Map<String, Frugal> request = REQUEST.get();
		if (request != null) {
			request.values().removeIf((session) -> session.getId().equals(id));
			request.remove(id);
		}
		this.store.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		if (!(this.store instanceof FindByIndexNameSessionRepository<?> indexed)) {
			return Map.of();
		}
		Map<String, Session> sessions = new LinkedHashMap<>();
		indexed.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new Frugal(session, session.getLastAccessedTime())));
		return sessions;
	}

	/**
	 * Opens the scope in which a session is read once: around Spring Session's filter, so
	 * that its final commit is inside.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, Frugal> outer = REQUEST.get();
			REQUEST.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					REQUEST.set(outer);
				}
				else {
					REQUEST.remove();
				}
			}
		}

	}

	/** A stored session whose last access reaches the store only when it matters. */
	private static final class Frugal implements Session {

		private final Session stored;

		/** The last access the store holds; null for a session not stored yet. */
		private Instant storedAccess;

		private Instant access;

		private boolean changed;

		Frugal(Session stored, Instant storedAccess) {
			this.stored = stored;
			this.storedAccess = storedAccess;
		}

		void saveTo(SessionRepository<Session> store) {
			if (this.changed) {
				passAccessOn();
			}
			store.save(this.stored);
			this.storedAccess = this.stored.getLastAccessedTime();
			this.changed = false;
		}

		private void passAccessOn() {
			if (this.access != null && !this.access.equals(this.stored.getLastAccessedTime())) {
				this.stored.setLastAccessedTime(this.access);
			}
		}

		private void change() {
			this.changed = true;
			passAccessOn();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.access = lastAccessedTime;
			if (this.changed || this.storedAccess == null
					|| !lastAccessedTime.isBefore(this.storedAccess.plus(precision(getMaxInactiveInterval())))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return (this.access != null) ? this.access : this.stored.getLastAccessedTime();
		}

		@Override
		public boolean isExpired() {
			Duration timeout = getMaxInactiveInterval();
			return !timeout.isNegative() && !Instant.now().minus(timeout).isBefore(getLastAccessedTime());
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			change();
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			change();
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			change();
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			change();
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

	}

}
