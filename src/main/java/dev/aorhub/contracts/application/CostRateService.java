package dev.aorhub.contracts.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.application.Inputs.CostRateInput;
import dev.aorhub.contracts.domain.CostRate;
import dev.aorhub.contracts.domain.CostRateRepository;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;

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

	CostRateService(CostRateRepository rates, WorkspaceUsers users) {
		this.rates = rates;
		this.users = users;
	}

	@CanPrice
	@Transactional(readOnly = true)
	public CostRate get(CurrentUser user, UUID id) {
		return this.rates.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Cost rate", id));
	}

	@CanPrice
	@Transactional
	public CostRate create(CurrentUser user, CostRateInput input) {
		Valid valid = validate(user, input, null);
		return this.rates.saveAndFlush(new CostRate(user.workspaceId(), input.userId(), valid.cost(),
				input.effectiveFrom(), valid.userName()));
	}

	@CanPrice
	@Transactional
	public CostRate update(CurrentUser user, UUID id, CostRateInput input, Long version) {
		CostRate rate = get(user, id);
		StaleVersionException.check("The cost rate", version, rate.getVersion());
		if (input.userId() != null && !input.userId().equals(rate.getUserId())) {
			throw new InvalidInputException("userId", "cannot change; add a rate for the other person instead");
		}
		Valid valid = validate(user, new CostRateInput(rate.getUserId(), input.hourlyCost(), input.effectiveFrom()),
				id);
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

	private Valid validate(CurrentUser user, CostRateInput input, UUID id) {
		var problems = new InvalidInputException.Collector();
		String name = null;
		if (input.userId() == null) {
			problems.add("userId", "is required");
		}
		else {
			var person = this.users.find(user.workspaceId(), List.of(input.userId())).get(input.userId());
			if (person == null) {
				problems.add("userId", "is not a user of this workspace");
			}
			else {
				name = person.name();
			}
		}
		Money cost = null;
		if (input.hourlyCost() == null || Inputs.clean(input.hourlyCost().amount()) == null) {
			problems.add("hourlyCost.amount", "is required");
		}
		else if (Inputs.clean(input.hourlyCost().currency()) == null) {
			problems.add("hourlyCost.currency", "is required");
		}
		else {
			cost = input.hourlyCost().toMoney("hourlyCost", false, problems);
		}
		if (input.effectiveFrom() == null) {
			problems.add("effectiveFrom", "is required");
		}
		else if (input.userId() != null && this.rates.existsByWorkspaceIdAndUserIdAndEffectiveFromAndIdNot(
				user.workspaceId(), input.userId(), input.effectiveFrom(), (id != null) ? id : new UUID(0, 0))) {
			problems.add("effectiveFrom", "already starts another cost rate of this person");
		}
		problems.throwIfAny();
		return new Valid(cost, name);
	}

}
