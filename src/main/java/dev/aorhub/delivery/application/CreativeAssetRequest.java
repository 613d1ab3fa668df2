package dev.aorhub.delivery.application;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.delivery.AssetKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A creative asset to create or change, as the API and the form send it: the campaign,
 * optionally a brand of the campaign's client, the name and kind. The status is not part
 * of it (a new asset is in progress; the verbs move it); {@code version} is the one the
 * caller saw, for a change.
 */
public record CreativeAssetRequest(@NotNull(message = "is required") UUID campaignId, UUID brandId,
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters") String name,
		@NotNull(message = "is required") @JsonFormat(
				with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) AssetKind kind,
		Long version) {

}
