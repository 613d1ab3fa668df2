package dev.aorhub.delivery.domain;

import java.util.UUID;

import dev.aorhub.delivery.AssetKind;

/**
 * What an asset is, as its form sets it: the campaign (and the campaign's client), an
 * optional brand of that client, its name and kind.
 */
public record CreativeAssetDetails(UUID campaignId, UUID clientId, UUID brandId, String name, AssetKind kind) {

}
