package dev.aorhub.delivery.domain;

import java.util.UUID;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.attachments.StoredFile;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A logo or an example image of a brand's guidelines. The bytes live in the file storage
 * (see {@link StoredFile}); this row says whose they are, and every download goes through
 * it.
 */
@Entity
@Table(name = "brand_guideline_file")
public class BrandGuidelineFile extends AbstractAggregateRoot<BrandGuidelineFile> {

	/** What a file shows beside the creative under review. */
	public enum Purpose {

		LOGO("Logo"), DO("Do"), DONT("Don't");

		private final String label;

		Purpose(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	@Column(name = "guideline_id", updatable = false)
	private UUID guidelineId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Purpose purpose;

	private String caption;

	@Embedded
	private StoredFile file;

	protected BrandGuidelineFile() {
	}

	public BrandGuidelineFile(BrandGuideline guideline, Purpose purpose, String caption, StoredFile file,
			String brandName) {
		this.workspaceId = guideline.getWorkspaceId();
		this.id = Ids.newId();
		this.guidelineId = guideline.getId();
		this.purpose = purpose;
		this.caption = caption;
		this.file = file;
		audit(AuditEntry.CREATED, "Added the " + purpose.label().toLowerCase(java.util.Locale.ROOT) + " file "
				+ file.fileName() + " to the brand guidelines of " + brandName);
	}

	/** Announces the removal; the repository deletes the row, the service the bytes. */
	public void remove(String brandName) {
		audit(AuditEntry.DELETED,
				"Removed the file " + this.file.fileName() + " from the brand guidelines of " + brandName);
	}

	private void audit(String action, String summary) {
		registerEvent(new AuditedChange(this.workspaceId,
				AuditEntry.action(DeliveryRecords.BRAND_GUIDELINE, this.guidelineId, action, summary)));
	}

	public UUID getWorkspaceId() {
		return this.workspaceId;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getGuidelineId() {
		return this.guidelineId;
	}

	public Purpose getPurpose() {
		return this.purpose;
	}

	public String getCaption() {
		return this.caption;
	}

	public StoredFile getFile() {
		return this.file;
	}

}
