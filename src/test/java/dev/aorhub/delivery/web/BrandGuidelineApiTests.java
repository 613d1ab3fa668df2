package dev.aorhub.delivery.web;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.aorhub.AgencyRecordsTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class BrandGuidelineApiTests extends AgencyRecordsTestSupport {

	@Test
	void aBrandWithoutGuidelinesAnswersEmptyOnesThenTheirFirstWritingAndItsChanges() {
		Account admin = signUp();
		UUID brand = brand(admin, client(admin, "Harbour Foods"), "Harbour Organic");

		JsonNode empty = body(get(path(brand), admin));
		assertThat(empty.get("version").isNull()).isTrue();
		assertThat(empty.get("id").isNull()).isTrue();
		assertThat(empty.get("brandName").asString()).isEqualTo("Harbour Organic");
		assertThat(empty.get("colours")).isEmpty();

		MvcTestResult written = putJson(path(brand), admin, guidelines(null));
		assertThat(written).as(text(written)).hasStatus(200);
		JsonNode first = body(written);
		long version = first.get("version").asLong();
		assertThat(first.get("colours").get(0).get("hex").asString()).isEqualTo("#0B1F3A");
		// The short CSS form is written out, in upper case.
		assertThat(first.get("colours").get(1).get("hex").asString()).isEqualTo("#FFAA00");
		assertThat(first.get("dos").get(0).get("text").asString()).isEqualTo("Use the logo on white or navy only");
		assertThat(first.get("donts").get(0).get("text").asString()).isEqualTo("Stretch or recolour the logo");
		assertThat(first.get("headingFont").asString()).isEqualTo("Playfair Display");

		Map<String, Object> change = guidelines(version);
		change.put("toneOfVoice", "Plain and warm");
		JsonNode second = body(putJson(path(brand), admin, change));
		assertThat(second.get("version").asLong()).isGreaterThan(version);
		assertThat(body(get(path(brand), admin)).get("toneOfVoice").asString()).isEqualTo("Plain and warm");

		List<String> actions = new ArrayList<>();
		body(get("/api/v1/audit?entityId=" + first.get("id").asString() + "&sort=occurredAt,asc", admin)).get("items")
			.forEach((item) -> actions.add(item.get("action").asString()));
		assertThat(actions).containsExactly("CREATED", "UPDATED");
	}

	@Test
	void aStaleOrMissingVersionIsAConflictOnceTheGuidelinesExist() {
		Account admin = signUp();
		UUID brand = brand(admin, client(admin, "Northwind"), "Northwind Air");
		assertThat(putJson(path(brand), admin, guidelines(null))).hasStatus(200);
		assertThat(putJson(path(brand), admin, guidelines(null))).hasStatus(409);
		assertThat(putJson(path(brand), admin, guidelines(70L))).hasStatus(409);
		// Guidelines not written yet cannot be "changed since you read them".
		UUID other = brand(admin, client(admin, "Southwind"), "Southwind Rail");
		assertThat(putJson(path(other), admin, guidelines(0L))).hasStatus(409);
	}

	@Test
	void badValuesAreNamedByTheirPlaceInTheRequest() {
		Account admin = signUp();
		UUID brand = brand(admin, client(admin, "Bluewave"), "Bluewave Kids");
		Map<String, Object> bad = guidelines(null);
		bad.put("colours", List.of(Map.of("name", "Navy", "hex", "navy"), Map.of("name", " ", "hex", "#123456")));
		bad.put("dos", List.of(Map.of("text", "")));
		bad.put("headingFont", "x".repeat(201));
		MvcTestResult result = putJson(path(brand), admin, bad);
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).contains("colours[0].hex", "colours[1].name", "dos[0].text", "headingFont");

		Map<String, Object> tooMany = guidelines(null);
		tooMany.put("colours", Collections.nCopies(25, Map.of("name", "Grey", "hex", "#777777")));
		MvcTestResult crowded = putJson(path(brand), admin, tooMany);
		assertThat(crowded).hasStatus(422);
		assertThat(problemFields(crowded)).contains("colours");

		MvcTestResult wrongType = putJson(path(brand), admin, Map.of("colours", "red"));
		assertThat(wrongType).hasStatus(422);
		assertThat(problemFields(wrongType)).contains("colours");
		assertThat(body(get(path(brand), admin)).get("version").isNull()).isTrue();
	}

	@Test
	void anotherWorkspacesBrandIsNotFoundAndAViewerCannotWrite() {
		Account admin = signUp();
		UUID brand = brand(admin, client(admin, "Keystone"), "Keystone Pro");
		assertThat(putJson(path(brand), admin, guidelines(null))).hasStatus(200);
		Account stranger = signUp();
		assertThat(get(path(brand), stranger)).hasStatus(404);
		assertThat(putJson(path(brand), stranger, guidelines(0L))).hasStatus(404);
		assertThat(upload(stranger, brand, png("logo.png"), "LOGO")).hasStatus(404);
		assertThat(get(path(UUID.randomUUID()), admin)).hasStatus(404);

		Account viewer = createUser(admin, "VIEWER");
		assertThat(get(path(brand), viewer)).hasStatus(200);
		assertThat(putJson(path(brand), viewer, guidelines(0L))).hasStatus(403);
		assertThat(upload(viewer, brand, png("logo.png"), "LOGO")).hasStatus(403);
	}

	@Test
	void logosAndExamplesAreKeptServedAndRemoved() throws Exception {
		Account admin = signUp();
		UUID brand = brand(admin, client(admin, "Lumen"), "Lumen Lighting");
		byte[] logo = png();
		MvcTestResult added = upload(admin, brand, new MockMultipartFile("file", "lumen-logo.png", "image/png", logo),
				null);
		assertThat(added).as(text(added)).hasStatus(201);
		JsonNode file = body(added);
		assertThat(file.get("purpose").asString()).isEqualTo("LOGO");
		String url = file.get("url").asString();
		assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(url);

		assertThat(upload(admin, brand, png("dont.png"), "DONT")).hasStatus(201);
		JsonNode guide = body(get(path(brand), admin));
		assertThat(guide.get("files")).hasSize(2);
		assertThat(guide.get("files").get(0).get("purpose").asString()).isEqualTo("LOGO");
		// A file is often the first thing an agency has: it writes empty guidelines.
		assertThat(guide.get("version").isNull()).isFalse();

		MvcTestResult download = get(url, admin);
		assertThat(download).hasStatus(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(logo);
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		MvcTestResult html = upload(admin, brand,
				new MockMultipartFile("file", "logo.html", "text/html", "<script>alert(1)</script>".getBytes()), null);
		assertThat(html).hasStatus(422);
		assertThat(problemFields(html)).containsExactly("file");
		MvcTestResult purpose = upload(admin, brand, png("x.png"), "BANNER");
		assertThat(purpose).hasStatus(422);
		assertThat(problemFields(purpose)).containsExactly("purpose");
		MvcTestResult notAnImage = upload(admin, brand,
				new MockMultipartFile("file", "fake.png", "image/png", "not a png at all".getBytes()), "LOGO");
		assertThat(notAnImage).hasStatus(422);

		assertThat(delete(url, admin)).hasStatus(204);
		assertThat(get(url, admin)).hasStatus(404);
		assertThat(body(get(path(brand), admin)).get("files")).hasSize(1);
		Account stranger = signUp();
		assertThat(get(url, stranger)).hasStatus(404);
	}

	private UUID brand(Account account, UUID clientId, String name) {
		return created("/api/v1/clients/" + clientId + "/brands", account, Map.of("name", name));
	}

	private static String path(UUID brand) {
		return "/api/v1/brands/" + brand + "/guidelines";
	}

	private static Map<String, Object> guidelines(Long version) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("colours", List.of(Map.of("name", "Harbour navy", "hex", "#0b1f3a", "usage", "Headlines"),
				Map.of("name", "Sunrise", "hex", "fa0")));
		request.put("headingFont", "Playfair Display");
		request.put("bodyFont", "Inter");
		request.put("toneOfVoice", "Warm, plain, confident.");
		request.put("dos", List.of(Map.of("text", "Use the logo on white or navy only")));
		request.put("donts", List.of(Map.of("text", "Stretch or recolour the logo")));
		request.put("version", version);
		return request;
	}

	private MvcTestResult upload(Account account, UUID brand, MockMultipartFile file, String purpose) {
		var request = this.mvc.post().uri(path(brand) + "/files").multipart().file(file);
		if (purpose != null) {
			request = request.param("purpose", purpose);
		}
		return request.header(HttpHeaders.AUTHORIZATION, account.bearer()).exchange();
	}

	private static MockMultipartFile png(String name) throws RuntimeException {
		return new MockMultipartFile("file", name, "image/png", png());
	}

	static byte[] png() {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x0B1F3A);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
