package dev.aorhub.delivery.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Time entries, always looked up inside one workspace.
 */
public interface TimeEntryRepository extends Repository<TimeEntry, UUID> {

	Optional<TimeEntry> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	List<TimeEntry> findByWorkspaceIdAndIdIn(UUID workspaceId, Collection<UUID> ids);

	/** A person's entries from {@code first} to {@code last}, inclusive. */
	List<TimeEntry> findByWorkspaceIdAndUserIdAndEntryDateBetween(UUID workspaceId, UUID userId,
			java.time.LocalDate first, java.time.LocalDate last);

	void deleteAll(Iterable<? extends TimeEntry> entries);

	TimeEntry saveAndFlush(TimeEntry entry);

	<S extends TimeEntry> List<S> saveAll(Iterable<S> entries);

	void delete(TimeEntry entry);

	void flush();

}
