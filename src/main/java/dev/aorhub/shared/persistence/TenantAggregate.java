package dev.aorhub.shared.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The root of every tenant aggregate: its workspace, a UUIDv7 id made by the application,
 * an optimistic-locking version and its timestamps. The table's primary key is
 * {@code (workspace_id, id)}; JPA's id stays the plain id, which is globally unique.
 * <p>
 * State changes register domain events on the aggregate ({@link #registerEvent}); Spring
 * Data publishes them when the repository saves it, inside the service's transaction. The
 * audit log listens in that transaction; other modules react after the commit through the
 * event publication registry (the spring-restbucks shape).
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class TenantAggregate {

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	/** Null until first saved, which tells Spring Data to persist rather than merge. */
	@Version
	private Long version;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Transient
	private final transient List<Object> domainEvents = new ArrayList<>();

	protected TenantAggregate() {
	}

	protected TenantAggregate(UUID workspaceId) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
	}

	public UUID getWorkspaceId() {
		return this.workspaceId;
	}

	public UUID getId() {
		return this.id;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : 0L;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Publishes the event when the aggregate is next saved. */
	protected <T> T registerEvent(T event) {
		this.domainEvents.add(event);
		return event;
	}

	@DomainEvents
	protected Collection<Object> domainEvents() {
		return List.copyOf(this.domainEvents);
	}

	@AfterDomainEventPublication
	protected void clearDomainEvents() {
		this.domainEvents.clear();
	}

}
