package dev.aorhub.delivery.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the client page shows of its brands' guidelines: whether each brand has them, and
 * its first colours as a preview.
 */
@Component
class BrandGuidelineQueries {

	/** How many colours a brand's preview shows. */
	static final int PREVIEW_COLOURS = 6;

	private final JdbcClient jdbc;

	BrandGuidelineQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The written guidelines of the client's brands, by brand id, each with its first
	 * colours in order; brands without guidelines are absent. One statement.
	 */
	@Transactional(readOnly = true)
	Map<UUID, List<String>> previewsOfClient(UUID workspaceId, UUID clientId) {
		record Swatch(UUID brandId, String hex) {
		}
		List<Swatch> swatches = this.jdbc.sql("""
				SELECT g.brand_id, c.hex
				FROM brand_guideline g
				LEFT JOIN brand_guideline_colour c
				       ON c.workspace_id = g.workspace_id AND c.guideline_id = g.id AND c.position < :shown
				WHERE g.workspace_id = :workspaceId AND g.client_id = :clientId
				ORDER BY g.brand_id, c.position
				""")
			.param("workspaceId", workspaceId)
			.param("clientId", clientId)
			.param("shown", PREVIEW_COLOURS)
			.query((rs, n) -> new Swatch(rs.getObject("brand_id", UUID.class), rs.getString("hex")))
			.list();
		Map<UUID, List<String>> previews = new LinkedHashMap<>();
		// A brand whose guidelines have no colours yet has its row, with no hex.
		swatches.forEach((swatch) -> {
			List<String> colours = previews.computeIfAbsent(swatch.brandId(), (id) -> new ArrayList<>());
			if (swatch.hex() != null) {
				colours.add(swatch.hex());
			}
		});
		return previews;
	}

}
