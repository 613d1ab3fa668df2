package dev.aorhub.delivery.application;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.delivery.domain.CampaignPlacement;
import dev.aorhub.delivery.domain.CampaignRepository;
import dev.aorhub.delivery.domain.CampaignTerms;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, moves and archives campaigns: checks the request, completes it from
 * its SOW and designation ({@link CampaignPlacement}) and lets the campaign register what
 * changed for the audit log.
 */
@Service
public class CampaignService {

	private final CampaignRepository campaigns;

	private final Clients clients;

	private final Designations designations;

	private final StatementsOfWork sows;

	private final WorkspaceUsers users;

	private final Validator validator;

	private final WorkspaceClock clock;

	CampaignService(CampaignRepository campaigns, Clients clients, Designations designations, StatementsOfWork sows,
			WorkspaceUsers users, Validator validator, WorkspaceClock clock) {
		this.campaigns = campaigns;
		this.clients = clients;
		this.designations = designations;
		this.sows = sows;
		this.users = users;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Campaign get(CurrentUser viewer, UUID id) {
		return this.campaigns.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(Campaign.ENTITY_TYPE, id));
	}

	/**
	 * Creates a campaign; {@code unreadable} are the values the caller's binding could
	 * not read, reported with every other problem of the request.
	 */
	@CanEdit
	@Transactional
	public Campaign create(CurrentUser actor, CampaignRequest request, List<FieldProblem> unreadable) {
		CampaignTerms terms = validate(actor, request, unreadable, null);
		CampaignStatus status = (request.status() != null) ? request.status() : CampaignStatus.PLANNING;
		return this.campaigns.saveAndFlush(new Campaign(actor.workspaceId(), terms, status));
	}

	/**
	 * Changes a campaign with the version the caller saw; a different status must follow
	 * the state machine (409 otherwise).
	 */
	@CanEdit
	@Transactional
	public Campaign update(CurrentUser actor, UUID id, CampaignRequest request, List<FieldProblem> unreadable) {
		Campaign campaign = get(actor, id);
		StaleVersionException.check("The campaign", request.version(), campaign.getVersion());
		CampaignTerms terms = validate(actor, request, unreadable, campaign);
		campaign.revise(terms, request.status());
		return this.campaigns.saveAndFlush(campaign);
	}

	@CanEdit
	@Transactional
	public Campaign changeStatus(CurrentUser actor, UUID id, CampaignStatus target) {
		Campaign campaign = get(actor, id);
		campaign.moveTo(target);
		return this.campaigns.saveAndFlush(campaign);
	}

	/** Campaigns keep their tasks and time: deleting archives. */
	@CanEdit
	@Transactional
	public Campaign archive(CurrentUser actor, UUID id) {
		Campaign campaign = get(actor, id);
		campaign.archive();
		return this.campaigns.saveAndFlush(campaign);
	}

	/**
	 * Checks the request's constraints and the rules that need the workspace's data, and
	 * completes it; one answer names every field at fault. An id that is not of this
	 * workspace is a field problem: the caller may have picked the wrong record. Links an
	 * existing campaign already has are kept even if the record has since been archived
	 * or cancelled.
	 */
	private CampaignTerms validate(CurrentUser actor, CampaignRequest input, List<FieldProblem> unreadable,
			Campaign existing) {
		UUID workspaceId = actor.workspaceId();
		InvalidInputException.Collector problems = ConstraintViolations.collect(this.validator, input, unreadable);
		SowSummary sow = null;
		if (input.sowId() != null) {
			sow = this.sows.find(workspaceId, input.sowId()).orElse(null);
			boolean unchanged = existing != null && input.sowId().equals(existing.getSowId());
			if (sow == null) {
				problems.add("sowId", "is not a SOW of this workspace");
			}
			else if (sow.status() == SowStatus.CANCELLED && !unchanged) {
				problems.add("sowId", "is cancelled; pick a running SOW");
				sow = null;
			}
		}
		UUID designationId = CampaignPlacement.designationOf(input.designationId(), sow);
		DesignationSummary designation = null;
		if (designationId != null) {
			designation = this.designations.find(workspaceId, designationId).orElse(null);
			boolean unchanged = existing != null && designationId.equals(existing.getDesignationId());
			if (designation == null) {
				problems.add("designationId", "is not a designation of this workspace");
			}
			else if (designation.archived() && !unchanged) {
				problems.add("designationId", "is archived; pick a current designation");
				designation = null;
			}
		}
		UUID clientId = CampaignPlacement.clientOf(input.clientId(), sow, designation);
		ClientSummary client = null;
		if (clientId == null) {
			if (!problems.names("sowId") && !problems.names("designationId")) {
				problems.add("clientId", "is required unless a SOW or designation is given");
			}
		}
		else {
			client = this.clients.find(workspaceId, clientId).orElse(null);
			boolean unchanged = existing != null && clientId.equals(existing.getClientId());
			if (client == null) {
				problems.add("clientId", "is not a client of this workspace");
			}
			else if (client.archived() && !unchanged) {
				problems.add("clientId", "is archived");
			}
		}
		CampaignPlacement.checkLinks(clientId, sow, designation, problems);
		DateRange dates = CampaignPlacement.dates(input.startDate(), input.endDate(), sow,
				this.clock.today(workspaceId), problems);
		Money budget = CampaignPlacement.budget(input.budget(), (client != null) ? client.currency() : null, problems);
		if (input.ownerId() != null
				&& !Objects.equals(input.ownerId(), (existing != null) ? existing.getOwnerId() : null)) {
			boolean staff = this.users.staff(workspaceId).stream().anyMatch((u) -> u.id().equals(input.ownerId()));
			problems.check(staff, "ownerId", "is not an active member of this workspace's staff");
		}
		problems.throwIfAny();
		return new CampaignTerms(clientId, (designation != null) ? designation.id() : null,
				(sow != null) ? sow.id() : null, input.name(), input.objective(), dates, budget, input.ownerId());
	}

}
