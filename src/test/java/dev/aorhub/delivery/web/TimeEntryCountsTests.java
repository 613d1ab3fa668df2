package dev.aorhub.delivery.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeEntryCountsTests {

	private Instant now = Instant.parse("2026-12-03T10:00:00Z");

	private final TimeEntryCounts counts = new TimeEntryCounts(new WorkspaceClock() {

		@Override
		public Instant now() {
			return TimeEntryCountsTests.this.now;
		}

		@Override
		public ZoneId zone(UUID workspaceId) {
			return ZoneOffset.UTC;
		}

	});

	private final UUID workspace = UUID.randomUUID();

	private final AtomicInteger counted = new AtomicInteger();

	private long count(long value) {
		return this.counts.total(this.workspace, TimeEntryQueries.Filter.none(), () -> {
			this.counted.incrementAndGet();
			return value;
		});
	}

	@Test
	void aLargeTotalIsCountedOnceUntilATimeEntryOfTheWorkspaceChanges() {
		assertThat(count(1_000_000)).isEqualTo(1_000_000);
		assertThat(count(1_000_000)).isEqualTo(1_000_000);
		assertThat(this.counted).hasValue(1);

		this.counts.on(new AuditedChange(UUID.randomUUID(), change(DeliveryRecords.TIME_ENTRY)));
		this.counts.on(new AuditedChange(this.workspace, change(DeliveryRecords.CAMPAIGN)));
		assertThat(count(1_000_001)).isEqualTo(1_000_000);
		assertThat(this.counted).hasValue(1);

		this.counts.on(new AuditedChange(this.workspace, change(DeliveryRecords.TIME_ENTRY)));
		assertThat(count(1_000_001)).isEqualTo(1_000_001);
		assertThat(this.counted).hasValue(2);
	}

	@Test
	void aKeptTotalIsRecountedAfterAMinuteAndASmallOneEveryTime() {
		count(20_000);
		this.now = this.now.plus(TimeEntryCounts.LONGEST).plus(Duration.ofSeconds(1));
		assertThat(count(20_500)).isEqualTo(20_500);
		assertThat(this.counted).hasValue(2);

		this.counts.total(this.workspace, new TimeEntryQueries.Filter(null, null, UUID.randomUUID(), null, null, null),
				() -> {
					this.counted.incrementAndGet();
					return 120;
				});
		this.counts.total(this.workspace, new TimeEntryQueries.Filter(null, null, UUID.randomUUID(), null, null, null),
				() -> {
					this.counted.incrementAndGet();
					return 120;
				});
		assertThat(this.counted).hasValue(4);
	}

	private static AuditEntry change(String entityType) {
		return AuditEntry.action(entityType, UUID.randomUUID(), AuditEntry.UPDATED, "changed");
	}

}
