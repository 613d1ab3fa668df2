package dev.aorhub.delivery.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The totals of large time-entry lists, kept until the workspace's time changes. Counting
 * a million entries costs a hundred milliseconds on PostgreSQL, and the first page of an
 * agency's time is the page everyone opens; a total of fewer than {@value #CACHED_FROM}
 * rows is always counted afresh. Every change of a time entry is an audited event of this
 * application, which moves the workspace's generation and so retires its totals; a total
 * is also recounted after {@link #LONGEST} in any case, for changes another instance
 * made.
 */
@Component
class TimeEntryCounts {

	static final long CACHED_FROM = 10_000;

	static final Duration LONGEST = Duration.ofSeconds(60);

	private static final int MOST_KEPT = 10_000;

	private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();

	private final Map<Key, Total> totals = new ConcurrentHashMap<>();

	private final WorkspaceClock clock;

	TimeEntryCounts(WorkspaceClock clock) {
		this.clock = clock;
	}

	private record Key(UUID workspaceId, TimeEntryQueries.Filter filter) {
	}

	private record Total(long value, long generation, Instant countedAt) {
	}

	/**
	 * The total of the filter's rows: the kept one while it holds, else {@code count}.
	 */
	long total(UUID workspaceId, TimeEntryQueries.Filter filter, LongSupplier count) {
		long generation = generation(workspaceId).get();
		Key key = new Key(workspaceId, filter);
		Instant now = this.clock.now();
		Total kept = this.totals.get(key);
		if (kept != null && kept.generation() == generation && kept.countedAt().plus(LONGEST).isAfter(now)) {
			return kept.value();
		}
		long value = count.getAsLong();
		if (value >= CACHED_FROM) {
			if (this.totals.size() >= MOST_KEPT) {
				this.totals.clear();
			}
			this.totals.put(key, new Total(value, generation, now));
		}
		else if (kept != null) {
			this.totals.remove(key);
		}
		return value;
	}

	/** A time entry changed in the workspace: its kept totals no longer hold. */
	@EventListener
	void on(AuditableEvent event) {
		AuditEntry entry = event.auditEntry();
		if (entry != null && DeliveryRecords.TIME_ENTRY.equals(entry.entityType())) {
			generation(event.workspaceId()).incrementAndGet();
		}
	}

	private AtomicLong generation(UUID workspaceId) {
		return this.generations.computeIfAbsent(workspaceId, (id) -> new AtomicLong());
	}

}
