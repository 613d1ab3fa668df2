package dev.aorhub.contracts.application;

import java.util.UUID;

import dev.aorhub.shared.numbering.NumberAllocator;

import org.springframework.stereotype.Component;

/**
 * Gives SOWs their numbers, SOW-2026-001 and up, per workspace and year, from the shared
 * gapless allocator (series {@value #SERIES}).
 */
@Component
class SowNumbers {

	static final String SERIES = "SOW";

	private final NumberAllocator numbers;

	SowNumbers(NumberAllocator numbers) {
		this.numbers = numbers;
	}

	String next(UUID workspaceId, int year) {
		return format(year, this.numbers.next(workspaceId, SERIES, year));
	}

	static String format(int year, int value) {
		return String.format("SOW-%d-%03d", year, value);
	}

}
