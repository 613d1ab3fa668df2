package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * SOWs, always looked up inside one workspace.
 */
public interface SowRepository extends Repository<Sow, UUID> {

	/**
	 * The SOW with its terms, fees and deliverables, in one query (the fees' milestones
	 * follow in one more); its change orders and approvals load when first read. A load
	 * graph, so the milestones stay eager.
	 */
	@EntityGraph(attributePaths = { "fees", "deliverables" }, type = EntityGraphType.LOAD)
	Optional<Sow> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	boolean existsByWorkspaceIdAndNumber(UUID workspaceId, String number);

	/**
	 * The MSA's live SOWs (neither archived nor cancelled) that would fall outside the
	 * term from {@code start} to {@code end} (open-ended when null), earliest start
	 * first. The coalesce reads an open end as no limit without a bare null test of the
	 * parameter, whose type PostgreSQL cannot infer.
	 */
	@Query("""
			SELECT s.number AS number, s.startDate AS startDate, s.endDate AS endDate FROM Sow s
			WHERE s.workspaceId = :workspaceId AND s.msaId = :msaId AND s.archived = false
			  AND s.status <> dev.aorhub.contracts.SowStatus.CANCELLED
			  AND (s.startDate < :start OR s.endDate > COALESCE(:end, s.endDate))
			ORDER BY s.startDate, s.number
			""")
	List<SowTerm> findOutsideTerm(@Param("workspaceId") UUID workspaceId, @Param("msaId") UUID msaId,
			@Param("start") LocalDate start, @Param("end") LocalDate end);

	Sow saveAndFlush(Sow sow);

	/** A SOW's number and term. */
	interface SowTerm {

		String getNumber();

		LocalDate getStartDate();

		LocalDate getEndDate();

	}

}
