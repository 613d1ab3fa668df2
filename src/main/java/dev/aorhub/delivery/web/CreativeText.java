package dev.aorhub.delivery.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.domain.ProofComment;

/**
 * Small pieces of text for the creative pages.
 */
final class CreativeText {

	private CreativeText() {
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	static String trim(String text) {
		return present(text) ? text.strip() : null;
	}

	/** The number each comment's marker shows: comments in their order, from 1. */
	static Map<UUID, Integer> pinNumbers(List<ProofComment> comments) {
		Map<UUID, Integer> numbers = new LinkedHashMap<>();
		comments.forEach((c) -> numbers.put(c.getId(), numbers.size() + 1));
		return numbers;
	}

}
