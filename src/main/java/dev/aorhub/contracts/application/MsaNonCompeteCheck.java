package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.relationships.NonCompeteCheck;
import dev.aorhub.shared.persistence.SqlConditions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's competitor check asks here whether a contract forbids the work: a signed
 * MSA with the competitor whose term overlaps the new work and whose non-compete clause
 * lists the category blocks it. Drafts, sent, expired and terminated MSAs bind nobody.
 */
@Component
class MsaNonCompeteCheck implements NonCompeteCheck {

	private final JdbcClient jdbc;

	MsaNonCompeteCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean nonCompeteBlocks(UUID workspaceId, UUID competitorClientId, UUID categoryId, LocalDate from,
			LocalDate to) {
		SqlConditions where = SqlConditions.forWorkspace("m.workspace_id", workspaceId)
			.and("m.client_id = :clientId")
			.param("clientId", competitorClientId)
			.and("m.status = :status")
			.param("status", MsaStatus.SIGNED.name())
			.and("m.archived = FALSE")
			.and("n.category_id = :categoryId")
			.param("categoryId", categoryId)
			.andIf(to, "m.effective_date <= :to", "to")
			.andIf(from, "(m.expiry_date IS NULL OR m.expiry_date >= :from)", "from");
		return this.jdbc.sql("""
				SELECT count(*) FROM msa m
				JOIN msa_non_compete n ON n.workspace_id = m.workspace_id AND n.msa_id = m.id
				""" + where.sql()).params(where.params()).query(Long.class).single() > 0;
	}

}
