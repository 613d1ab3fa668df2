package dev.aorhub.contracts.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.domain.CostRate;
import dev.aorhub.contracts.domain.CostRateRepository;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff cost rates. What people cost is confidential: only admins and finance see or
 * change these.
 */
@Service
public class CostRateService {

	private final CostRateRepository rates;

	private final WorkspaceUsers users;

	private final Validator validator;

	CostRateService(CostRateRepository rates, WorkspaceUsers users, Validator validator) {
		this.rates = rates;
		this.users = users;
		this.validator = validator;
	}

	@CanPrice
	@Transactional(readOnly = true)
	public CostRate get(CurrentUser user, UUID id) {
		return this.rates.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Cost rate", id));
	}

	@CanPrice
	@Transactional
	/**
	 * Records a cost rate; {@code unreadable} are the values the caller's binding could
	 * not read (they are reported with every other problem of the request).
	 */
	public CostRate create(CurrentUser user, CostRateRequest input, List<FieldProblem> unreadable) {
		Valid valid = validate(user, input, unreadable, null);
		return this.rates.saveAndFlush(new CostRate(user.workspaceId(), input.userId(), valid.cost(),
				input.effectiveFrom(), valid.userName()));
	}

	@CanPrice
	@Transactional
	public CostRate update(CurrentUser user, UUID id, CostRateRequest input, List<FieldProblem> unreadable) {
		CostRate rate = get(user, id);
		StaleVersionException.check("The cost rate", input.version(), rate.getVersion());
		if (input.userId() != null && !input.userId().equals(rate.getUserId())) {
			throw new InvalidInputException("userId", "cannot change; add a rate for the other person instead");
		}
		Valid valid = validate(user,
				new CostRateRequest(rate.getUserId(), input.hourlyCost(), input.effectiveFrom(), input.version()),
				unreadable, id);
		rate.revise(valid.cost(), input.effectiveFrom(), valid.userName());
		return this.rates.saveAndFlush(rate);
	}

	/**
	 * Removes a rate entered by mistake; a rate that changed is superseded by a newer
	 * one.
	 */
	@CanPrice
	@Transactional
	public void delete(CurrentUser user, UUID id) {
		CostRate rate = get(user, id);
		rate.remove();
		this.rates.delete(rate);
	}

	private record Valid(Money cost, String userName) {
	}

	/**
	 * The request's constraints and the rules that need the workspace's data (the person,
	 * one rate per person and day), in one answer.
	 */
	private Valid validate(CurrentUser user, CostRateRequest input, List<FieldProblem> unreadable, UUID id) {
		var problems = RequestProblems.of(this.validator, input, unreadable);
		String name = null;
		if (input.userId() != null) {
			var person = this.users.find(user.workspaceId(), List.of(input.userId())).get(input.userId());
			if (person == null) {
				problems.add("userId", "is not a user of this workspace");
			}
			else {
				name = person.name();
			}
		}
		Money cost = null;
		if (input.hourlyCost() == null || RequestProblems.clean(input.hourlyCost().amount()) == null) {
			problems.add("hourlyCost.amount", "is required");
		}
		else if (RequestProblems.clean(input.hourlyCost().currency()) == null) {
			problems.add("hourlyCost.currency", "is required");
		}
		else {
			cost = input.hourlyCost().toMoney("hourlyCost", false, problems.collector());
		}
		if (input.effectiveFrom() != null && input.userId() != null
				&& this.rates.existsByWorkspaceIdAndUserIdAndEffectiveFromAndIdNot(user.workspaceId(), input.userId(),
						input.effectiveFrom(), (id != null) ? id : new UUID(0, 0))) {
			problems.add("effectiveFrom", "already starts another cost rate of this person");
		}
		problems.throwIfAny();
		return new Valid(cost, name);
	}

}
