package dev.aorhub;

import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard is every user's first page: it runs as many SQL statements for a busy
 * workspace as for a small one (each card's read is bounded, none per row).
 */
@Import(SqlStatementCounter.Configuration.class)
class DashboardStatementCountTests extends AgencyRecordsTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Test
	void theDashboardRunsAsManyStatementsForTenAccountsAsForOne() {
		Account admin = signUp();
		Account lead = createUser(admin, "ACCOUNT");
		addAccount(admin, lead, 0);
		html("/", admin);
		Counted<MvcTestResult> one = this.counter.count(() -> getPage("/", admin));
		assertThat(one.result()).hasStatus(200);
		for (int i = 1; i < 10; i++) {
			addAccount(admin, lead, i);
		}
		// The session's user is read again once it is older than a few seconds: not the
		// dashboard's work, so the ten are counted right after a request as the one was.
		html("/", admin);
		Counted<MvcTestResult> ten = this.counter.count(() -> getPage("/", admin));
		assertThat(ten.result()).hasStatus(200);
		assertThat(text(ten.result())).contains("Renewal Client 0").contains(">10</span>");
		assertThat(ten.count()).as(ten.listing()).isEqualTo(one.count());
	}

	/**
	 * A client with a renewal due, an EUR value, an ending SOW, and a busy team member.
	 */
	private void addAccount(Account admin, Account lead, int n) {
		LocalDate today = LocalDate.now();
		UUID clientId = client(admin, "Renewal Client " + n);
		UUID due = designation(admin, clientId, "Creative", today.minusYears(1).toString(),
				today.plusDays(30 + n).toString(), "100000.00", "USD");
		designation(admin, clientId, "Media Buying", today.minusMonths(1).toString(), today.plusYears(2).toString(),
				"50000.00", "EUR");
		UUID msaId = msa(admin, clientId, today.minusYears(1).toString(), today.plusDays(60 + n).toString(), "SIGNED");
		approved(admin,
				sow(admin, msaId, "Work " + n, today.minusMonths(2).toString(), today.plusDays(10 + n).toString()));
		member(admin, due, lead.userId(), 60);
	}

}
