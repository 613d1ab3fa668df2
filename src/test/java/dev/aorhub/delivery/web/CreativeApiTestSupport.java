package dev.aorhub.delivery.web;

import java.awt.Color;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.demo.CreativeSamples;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small builders for the creative assets tests: a campaign under a client's SOW, an asset
 * with a first version, an upload, a verb without a body, a real PNG banner.
 */
abstract class CreativeApiTestSupport extends DeliveryApiTestSupport {

	static final String ASSETS = "/api/v1/creative-assets";

	protected UUID campaign(Account account) {
		Account360 records = clientWithSow(account, "Lumen Coffee " + UUID.randomUUID().toString().substring(0, 6));
		return createCampaign(account, campaign(records.sowId(), "Morning ritual"));
	}

	protected UUID assetWithVersion(Account account) {
		UUID id = UUID.fromString(
				create(ASSETS, account, Map.of("campaignId", campaign(account), "name", "Hero banner", "kind", "IMAGE"))
					.get("id")
					.asString());
		assertThat(upload(account, id, png("v1.png"), "First cut")).hasStatus(201);
		return id;
	}

	protected MvcTestResult upload(Account account, UUID id, MockMultipartFile file, String notes) {
		var request = this.mvc.post().uri(ASSETS + "/" + id + "/versions").multipart().file(file);
		if (notes != null) {
			request.param("notes", notes);
		}
		return request.header(HttpHeaders.AUTHORIZATION, account.bearer()).exchange();
	}

	protected MvcTestResult bodiless(String path, Account account) {
		return as(account, this.mvc.post().uri(path)).exchange();
	}

	static MockMultipartFile png(String name) {
		return new MockMultipartFile("file", name, "image/png",
				CreativeSamples.banner(600, 314, new Color(32, 76, 140), new Color(0, 170, 190), "Spring", "Shop now"));
	}

}
