package dev.aorhub.clients.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.aorhub.clients.ClientTestData.client;
import static org.assertj.core.api.Assertions.assertThat;

class BrandApiTests extends ApiTestSupport {

	private String newClient(Account account, String name) {
		return body(postJson("/api/v1/clients", account, client(name))).get("id").asString();
	}

	private JsonNode newBrand(Account account, String clientId, String name) {
		MvcTestResult result = postJson("/api/v1/clients/" + clientId + "/brands", account, Map.of("name", name));
		assertThat(result).hasStatus(201);
		return body(result);
	}

	@Test
	void listsTheWorkspacesBrandsAcrossClientsFilteredSearchedAndExported() {
		Account admin = signUp();
		String harvest = newClient(admin, "Harvest Table Foods");
		String volta = newClient(admin, "Volta Motors");
		newBrand(admin, harvest, "Morning Crunch");
		newBrand(admin, harvest, "Little Sprouts");
		newBrand(admin, volta, "Volta EV");
		Account stranger = signUp();
		newBrand(stranger, newClient(stranger, "Elsewhere"), "Not ours");

		JsonNode all = body(get("/api/v1/brands", admin));
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("items").get(0).get("name").asString()).isEqualTo("Little Sprouts");
		assertThat(all.get("items").get(0).get("clientName").asString()).isEqualTo("Harvest Table Foods");
		assertThat(body(get("/api/v1/brands?clientId=" + volta, admin)).get("total").asLong()).isEqualTo(1);
		assertThat(body(get("/api/v1/brands?q=volta", admin)).get("total").asLong()).isEqualTo(1);
		assertThat(
				body(get("/api/v1/brands?q=harvest&sort=name,desc", admin)).get("items").get(0).get("name").asString())
			.isEqualTo("Morning Crunch");
		assertThat(get("/api/v1/brands?sort=colour,asc", admin)).hasStatus(422);
		MvcTestResult csv = get("/api/v1/brands/export?format=csv", admin);
		assertThat(csv).hasStatus(200);
		assertThat(text(csv)).contains("Client,Brand,Archived", "Volta Motors,Volta EV").doesNotContain("Not ours");
	}

	@Test
	void addsABrandWith201AndLocation() {
		Account admin = signUp();
		String clientId = newClient(admin, "Harvest Table Foods");
		MvcTestResult result = postJson("/api/v1/clients/" + clientId + "/brands", admin,
				Map.of("name", "  Morning Crunch "));

		assertThat(result).hasStatus(201);
		JsonNode brand = body(result);
		String id = brand.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(result).headers()
			.hasSingleValue(HttpHeaders.LOCATION, "/api/v1/clients/" + clientId + "/brands/" + id);
		assertThat(brand.get("name").asString()).isEqualTo("Morning Crunch");
		assertThat(brand.get("version").asLong()).isZero();
		JsonNode list = body(get("/api/v1/clients/" + clientId + "/brands", admin));
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("name").asString()).isEqualTo("Morning Crunch");
	}

	@Test
	void aBrandNameIsRequiredAndUniquePerClientWhateverItsCase() {
		Account admin = signUp();
		String first = newClient(admin, "First");
		String second = newClient(admin, "Second");
		newBrand(admin, first, "Sparkling");

		MvcTestResult blank = postJson("/api/v1/clients/" + first + "/brands", admin, Map.of("name", " "));
		assertThat(blank).hasStatus(422);
		assertThat(problemFields(blank)).containsExactly("name");
		MvcTestResult twice = postJson("/api/v1/clients/" + first + "/brands", admin, Map.of("name", "SPARKLING"));
		assertThat(twice).hasStatus(422);
		assertThat(problemFields(twice)).containsExactly("name");
		newBrand(admin, second, "Sparkling");
	}

	@Test
	void renamesWithTheVersionAndAStaleOneIs409() {
		Account admin = signUp();
		String clientId = newClient(admin, "Summit Springs");
		String path = "/api/v1/clients/" + clientId + "/brands/"
				+ newBrand(admin, clientId, "Cold Brew").get("id").asString();

		MvcTestResult renamed = putJson(path, admin, Map.of("name", "Alpine Cold Brew", "version", 0));
		assertThat(renamed).hasStatus(200);
		assertThat(body(renamed).get("name").asString()).isEqualTo("Alpine Cold Brew");
		assertThat(body(renamed).get("version").asLong()).isEqualTo(1);

		MvcTestResult stale = putJson(path, admin, Map.of("name", "Something Else", "version", 0));
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");
		assertThat(body(get(path, admin)).get("name").asString()).isEqualTo("Alpine Cold Brew");
	}

	@Test
	void deleteArchivesAndRestoreBringsTheBrandBack() {
		Account admin = signUp();
		String clientId = newClient(admin, "Volta Motors");
		String id = newBrand(admin, clientId, "Volta Fleet").get("id").asString();
		String path = "/api/v1/clients/" + clientId + "/brands/" + id;

		assertThat(delete(path, admin)).hasStatus(204);
		assertThat(body(get(path, admin)).get("archived").asBoolean()).isTrue();
		assertThat(body(get("/api/v1/clients/" + clientId + "/brands", admin)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/clients/" + clientId + "/brands?archived=true", admin)).get("total").asLong())
			.isEqualTo(1);
		assertThat(body(postJson(path + "/restore", admin, Map.of())).get("archived").asBoolean()).isFalse();
	}

	@Test
	void anotherWorkspacesBrandIsNotFound() {
		Account admin = signUp();
		Account stranger = signUp();
		String theirClient = newClient(stranger, "Theirs");
		String theirBrand = newBrand(stranger, theirClient, "Their Brand").get("id").asString();
		String ourClient = newClient(admin, "Ours");

		assertThat(get("/api/v1/clients/" + theirClient + "/brands", admin)).hasStatus(404);
		assertThat(get("/api/v1/clients/" + ourClient + "/brands/" + theirBrand, admin)).hasStatus(404);
		assertThat(putJson("/api/v1/clients/" + theirClient + "/brands/" + theirBrand, admin,
				Map.of("name", "Hijacked", "version", 0)))
			.hasStatus(404);
		assertThat(delete("/api/v1/clients/" + theirClient + "/brands/" + theirBrand, admin)).hasStatus(404);
		assertThat(postJson("/api/v1/clients/" + theirClient + "/brands", admin, Map.of("name", "Planted")))
			.hasStatus(404);
	}

}
