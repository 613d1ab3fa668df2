package dev.aorhub.delivery.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A do or a don't of a brand's guidelines ("Use the logo on white or navy only").
 */
@Embeddable
public record BrandRule(@Column(name = "workspace_id") UUID workspaceId,
		@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "kind") Kind kind,
		@Column(name = "text") String text) {

	public enum Kind {

		DO, DONT

	}

}
