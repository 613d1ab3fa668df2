package dev.aorhub.relationships.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.NonCompeteCheck;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.DesignationRepository;
import dev.aorhub.shared.ConflictException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Working for two competitors in the same discipline is a classic agency conflict: the
 * clients fear their plans leak. When we take (or win) a category at a client while we
 * hold that category at one of its competitors, the change goes through with a warning;
 * it is refused when our contract with that competitor has a non-compete for the category
 * (as a {@link NonCompeteCheck} tells, once contracts provide one).
 */
@Component
class CompetitorConflicts {

	private static final Set<DesignationStatus> HOLDING = EnumSet.of(DesignationStatus.ACTIVE,
			DesignationStatus.UNDER_REVIEW);

	private final Clients clients;

	private final DesignationRepository designations;

	private final ObjectProvider<NonCompeteCheck> nonCompeteChecks;

	CompetitorConflicts(Clients clients, DesignationRepository designations,
			ObjectProvider<NonCompeteCheck> nonCompeteChecks) {
		this.clients = clients;
		this.designations = designations;
		this.nonCompeteChecks = nonCompeteChecks;
	}

	/**
	 * The warnings for our designation, or a 409 {@code competitor-conflict} when a
	 * non-compete forbids it.
	 */
	List<Warning> check(Designation ours, String clientName, String categoryName) {
		UUID workspaceId = ours.getWorkspaceId();
		Set<UUID> competitors = new LinkedHashSet<>(this.clients.competitorsOf(workspaceId, ours.getClientId()));
		competitors.remove(ours.getClientId());
		if (competitors.isEmpty()) {
			return List.of();
		}
		List<Designation> held = this.designations
			.findOursAtClients(workspaceId, competitors, ours.getCategoryId(), HOLDING, ours.getStartDate())
			.stream()
			.filter((designation) -> designation.term().overlaps(ours.term()))
			.toList();
		if (held.isEmpty()) {
			return List.of();
		}
		Map<UUID, ClientSummary> names = this.clients.findAll(workspaceId,
				held.stream().map(Designation::getClientId).toList());
		List<Warning> warnings = new ArrayList<>();
		Set<UUID> warned = new LinkedHashSet<>();
		for (Designation theirs : held) {
			String competitor = (names.get(theirs.getClientId()) != null) ? names.get(theirs.getClientId()).name()
					: "another client";
			boolean blocked = this.nonCompeteChecks.orderedStream()
				.anyMatch((check) -> check.nonCompeteBlocks(workspaceId, theirs.getClientId(), ours.getCategoryId(),
						ours.getStartDate(), ours.getEndDate()));
			if (blocked) {
				throw new ConflictException("competitor-conflict",
						"Our contract with " + competitor + " has a non-compete for " + categoryName
								+ ", so we cannot also work for " + clientName + " in it (designation " + theirs.getId()
								+ ")",
						Map.of("conflictingDesignationId", theirs.getId(), "competitorClientId", theirs.getClientId()));
			}
			if (warned.add(theirs.getClientId())) {
				warnings.add(new Warning(Warning.COMPETITOR_CONFLICT,
						"We are AOR for " + categoryName + " at " + competitor + ", a competitor of " + clientName));
			}
		}
		return warnings;
	}

}
