package dev.aorhub.delivery.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A brand's guidelines: the palette, typography, tone of voice and the do and don't rules
 * that creative for the brand is reviewed against. One per brand; its logo and example
 * files are {@link BrandGuidelineFile}s.
 */
@Entity
@Table(name = "brand_guideline")
public class BrandGuideline extends TenantAggregate {

	/** How the audit log names a brand's guidelines. */
	public static final String ENTITY_TYPE = DeliveryRecords.BRAND_GUIDELINE;

	@Column(name = "brand_id", updatable = false)
	private UUID brandId;

	@Column(name = "client_id", updatable = false)
	private UUID clientId;

	@Column(name = "heading_font")
	private String headingFont;

	@Column(name = "body_font")
	private String bodyFont;

	@Column(name = "typography_notes")
	private String typographyNotes;

	@Column(name = "tone_of_voice")
	private String toneOfVoice;

	@ElementCollection
	@CollectionTable(name = "brand_guideline_colour",
			joinColumns = @JoinColumn(name = "guideline_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<BrandColour> colours = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "brand_guideline_rule",
			joinColumns = @JoinColumn(name = "guideline_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<BrandRule> rules = new ArrayList<>();

	protected BrandGuideline() {
	}

	public BrandGuideline(UUID workspaceId, UUID brandId, UUID clientId, String brandName,
			BrandGuidelineContent content) {
		super(workspaceId);
		this.brandId = brandId;
		this.clientId = clientId;
		apply(content);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Wrote the brand guidelines of " + brandName, auditState())));
	}

	/** Replaces what the guidelines say; a change that changes nothing is not audited. */
	public void revise(String brandName, BrandGuidelineContent content) {
		Map<String, Object> before = auditState();
		apply(content);
		AuditEntry entry = AuditEntry.updated(ENTITY_TYPE, getId(), "Changed the brand guidelines of " + brandName,
				before, auditState());
		if (entry != null) {
			registerEvent(new AuditedChange(getWorkspaceId(), entry));
		}
	}

	private void apply(BrandGuidelineContent content) {
		this.headingFont = content.headingFont();
		this.bodyFont = content.bodyFont();
		this.typographyNotes = content.typographyNotes();
		this.toneOfVoice = content.toneOfVoice();
		this.colours.clear();
		content.colours()
			.forEach((c) -> this.colours.add(new BrandColour(getWorkspaceId(), c.name(), c.hex(), c.usage())));
		this.rules.clear();
		content.dos().forEach((text) -> this.rules.add(new BrandRule(getWorkspaceId(), BrandRule.Kind.DO, text)));
		content.donts().forEach((text) -> this.rules.add(new BrandRule(getWorkspaceId(), BrandRule.Kind.DONT, text)));
	}

	public BrandGuidelineContent content() {
		return new BrandGuidelineContent(
				this.colours.stream()
					.map((c) -> new BrandGuidelineContent.Colour(c.name(), c.hex(), c.usage()))
					.toList(),
				this.headingFont, this.bodyFont, this.typographyNotes, this.toneOfVoice, rulesOf(BrandRule.Kind.DO),
				rulesOf(BrandRule.Kind.DONT));
	}

	private List<String> rulesOf(BrandRule.Kind kind) {
		return this.rules.stream().filter((r) -> r.kind() == kind).map(BrandRule::text).toList();
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("headingFont", this.headingFont);
		state.put("bodyFont", this.bodyFont);
		state.put("typographyNotes", this.typographyNotes);
		state.put("toneOfVoice", this.toneOfVoice);
		state.put("colours", String.join(", ", this.colours.stream().map((c) -> c.name() + " " + c.hex()).toList()));
		state.put("dos", String.join(" | ", rulesOf(BrandRule.Kind.DO)));
		state.put("donts", String.join(" | ", rulesOf(BrandRule.Kind.DONT)));
		return state;
	}

	public UUID getBrandId() {
		return this.brandId;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public List<BrandColour> getColours() {
		return List.copyOf(this.colours);
	}

}
