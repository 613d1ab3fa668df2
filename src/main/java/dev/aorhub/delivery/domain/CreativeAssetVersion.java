package dev.aorhub.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import dev.aorhub.shared.attachments.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One upload of a creative asset, numbered from 1, with the uploader's notes and, for
 * images and PDFs, a PNG thumbnail kept in the file storage too.
 */
@Entity
@Table(name = "creative_asset_version")
public class CreativeAssetVersion {

	/** The content type of every thumbnail. */
	public static final String THUMBNAIL_TYPE = "image/png";

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	@Column(updatable = false)
	private int number;

	private String notes;

	@Embedded
	private StoredFile file;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	@Column(name = "thumbnail_size")
	private Long thumbnailSize;

	protected CreativeAssetVersion() {
	}

	CreativeAssetVersion(UUID workspaceId, int number, String notes, StoredFile file, StoredFile thumbnail) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.number = number;
		this.notes = notes;
		this.file = file;
		if (thumbnail != null) {
			this.thumbnailKey = thumbnail.storageKey();
			this.thumbnailSize = thumbnail.sizeBytes();
		}
	}

	public UUID getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public String getNotes() {
		return this.notes;
	}

	public StoredFile getFile() {
		return this.file;
	}

	public Instant getUploadedAt() {
		return this.file.uploadedAt();
	}

	public boolean hasThumbnail() {
		return this.thumbnailKey != null;
	}

	/** The thumbnail as a stored file, or null for a kind that shows an icon. */
	public StoredFile thumbnail() {
		if (this.thumbnailKey == null) {
			return null;
		}
		return new StoredFile("thumbnail-" + this.number + ".png", THUMBNAIL_TYPE, this.thumbnailSize,
				this.thumbnailKey, this.file.uploadedBy(), this.file.uploadedAt());
	}

	UUID getWorkspaceId() {
		return this.workspaceId;
	}

}
