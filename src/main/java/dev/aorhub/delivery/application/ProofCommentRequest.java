package dev.aorhub.delivery.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A proofing comment on a version: its text and, optionally, where it points: {@code x}
 * and {@code y} as fractions 0–1 of an image's width and height, or a {@code page} of a
 * PDF (see {@link dev.aorhub.delivery.domain.ProofPin}).
 */
public record ProofCommentRequest(
		@NotBlank(message = "is required") @Size(max = 4000, message = "must be at most {max} characters") String body,
		BigDecimal x, BigDecimal y, Integer page) {

}
