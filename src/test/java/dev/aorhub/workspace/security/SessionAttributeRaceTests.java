package dev.aorhub.workspace.security;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that both read it before either set a new attribute (a page
 * and its htmx call each making the CSRF token) both save that attribute; the second save
 * must not fail on the row the first one wrote, on H2 and PostgreSQL alike.
 */
class SessionAttributeRaceTests extends ApiTestSupport {

	@Autowired
	private ApplicationContext context;

	@Test
	@SuppressWarnings("unchecked")
	void twoCopiesOfASessionBothAddingTheSameAttributeBothSave() {
		FindByIndexNameSessionRepository<Session> sessions = this.context
			.getBean(FindByIndexNameSessionRepository.class);
		Session created = sessions.createSession();
		sessions.save(created);
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());

		first.setAttribute("csrf", "token-of-the-page");
		second.setAttribute("csrf", "token-of-the-htmx-call");
		sessions.save(first);
		sessions.save(second);

		assertThat((String) sessions.findById(created.getId()).getAttribute("csrf"))
			.isEqualTo("token-of-the-htmx-call");
		sessions.deleteById(created.getId());
	}

}
