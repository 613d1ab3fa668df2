package dev.aorhub.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small builders of client and contact requests for the clients module's tests.
 */
public final class ClientTestData {

	private ClientTestData() {
	}

	public static Map<String, Object> client(String name) {
		Map<String, Object> client = new LinkedHashMap<>();
		client.put("name", name);
		client.put("legalName", name + " Inc.");
		client.put("industry", "Retail");
		client.put("website", "https://" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example");
		client.put("currency", "USD");
		client.put("paymentTermsDays", 45);
		client.put("status", "ACTIVE");
		client.put("tags", List.of("key account"));
		return client;
	}

	public static Map<String, Object> contact(String name, String level) {
		Map<String, Object> contact = new LinkedHashMap<>();
		contact.put("name", name);
		contact.put("email", name.toLowerCase().replaceAll("[^a-z]", ".") + "@client.example");
		contact.put("title", "Director");
		contact.put("level", level);
		contact.put("primary", false);
		return contact;
	}

	public static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(request);
		changed.put(field, value);
		return changed;
	}

}
