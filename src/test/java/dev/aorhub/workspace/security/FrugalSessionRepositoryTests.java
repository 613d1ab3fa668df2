package dev.aorhub.workspace.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last access reaches the store once it is a minute (at most a sixtieth of
 * the timeout) newer than the stored one, or with any other change.
 */
class FrugalSessionRepositoryTests {

	private static final Instant STORED = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

	private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>());

	private final FrugalSessionRepository sessions = new FrugalSessionRepository(this.store);

	private String id;

	@BeforeEach
	void aSessionLastSeenJustNow() {
		MapSession session = this.store.createSession();
		session.setMaxInactiveInterval(Duration.ofHours(12));
		session.setLastAccessedTime(STORED);
		this.store.save(session);
		this.id = session.getId();
	}

	@Test
	void aRequestWithinTheMinuteLeavesTheStoredAccessAsItIs() {
		touch(STORED.plusSeconds(59));
		assertThat(stored().getLastAccessedTime()).isEqualTo(STORED);
	}

	@Test
	void aRequestAMinuteLaterIsRecorded() {
		touch(STORED.plusSeconds(60));
		assertThat(stored().getLastAccessedTime()).isEqualTo(STORED.plusSeconds(60));
	}

	@Test
	void anyOtherChangeRecordsTheAccessToo() {
		Session session = this.sessions.findById(this.id);
		session.setLastAccessedTime(STORED.plusSeconds(5));
		session.setAttribute("flash", "Saved.");
		this.sessions.save(session);
		assertThat(stored().getLastAccessedTime()).isEqualTo(STORED.plusSeconds(5));
		assertThat(stored().<String>getAttribute("flash")).isEqualTo("Saved.");
	}

	@Test
	void theSessionAnswersWithItsLatestAccess() {
		Session session = this.sessions.findById(this.id);
		session.setLastAccessedTime(STORED.plusSeconds(30));
		assertThat(session.getLastAccessedTime()).isEqualTo(STORED.plusSeconds(30));
	}

	@Test
	void shortTimeoutsRecordAccessesMoreOften() {
		assertThat(FrugalSessionRepository.precision(Duration.ofHours(12))).isEqualTo(Duration.ofMinutes(1));
		assertThat(FrugalSessionRepository.precision(Duration.ofMinutes(30))).isEqualTo(Duration.ofSeconds(30));
	}

	private void touch(Instant at) {
		Session session = this.sessions.findById(this.id);
		session.setLastAccessedTime(at);
		this.sessions.save(session);
	}

	private MapSession stored() {
		return this.store.findById(this.id);
	}

}
