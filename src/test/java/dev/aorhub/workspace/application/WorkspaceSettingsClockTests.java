package dev.aorhub.workspace.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today is the workspace's date: at one instant two agencies may be on different days,
 * and even in different years.
 */
class WorkspaceSettingsClockTests {

	/**
	 * New Year's Eve, 23:30 UTC: 18:30 in New York, already 10:30 on 1 January in Sydney.
	 */
	private static final Instant NEW_YEARS_EVE = Instant.parse("2026-12-31T23:30:00Z");

	private final UUID newYork = UUID.randomUUID();

	private final UUID sydney = UUID.randomUUID();

	private final Map<UUID, ZoneId> zones = Map.of(this.newYork, ZoneId.of("America/New_York"), this.sydney,
			ZoneId.of("Australia/Sydney"));

	private final WorkspaceClock clock = new WorkspaceSettingsClock(Clock.fixed(NEW_YEARS_EVE, ZoneOffset.UTC),
			(id) -> new WorkspaceSettings(id, "Agency", Currency.getInstance("USD"), this.zones.get(id)));

	@Test
	void todayIsTheDateInTheWorkspacesTimeZone() {
		assertThat(this.clock.today(this.newYork)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(this.clock.today(this.sydney)).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void nowIsTheSameInstantEverywhere() {
		assertThat(this.clock.now()).isEqualTo(NEW_YEARS_EVE);
	}

	@Test
	void zoneIsTheWorkspacesSetting() {
		assertThat(this.clock.zone(this.sydney)).isEqualTo(ZoneId.of("Australia/Sydney"));
		assertThat(this.clock.zone(this.newYork)).isEqualTo(ZoneId.of("America/New_York"));
	}

}
