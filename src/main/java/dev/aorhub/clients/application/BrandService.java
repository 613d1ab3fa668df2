package dev.aorhub.clients.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.domain.Brand;
import dev.aorhub.clients.domain.BrandRepository;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brands under a client: each name once per client, archived rather than deleted.
 */
@Service
public class BrandService {

	static final String ENTITY = Brand.ENTITY_TYPE;

	private final BrandRepository brands;

	private final ClientService clients;

	private final Validator validator;

	BrandService(BrandRepository brands, ClientService clients, Validator validator) {
		this.brands = brands;
		this.clients = clients;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<Brand> list(CurrentUser user, UUID clientId) {
		return list(this.clients.get(user, clientId));
	}

	/**
	 * The brands of a client the caller has loaded already (inside the user's workspace),
	 * so that the client page loads the client once.
	 */
	@Transactional(readOnly = true)
	public List<Brand> list(Client client) {
		return this.brands.findByWorkspaceIdAndClientIdOrderByArchivedAscNameAsc(client.getWorkspaceId(),
				client.getId());
	}

	@Transactional(readOnly = true)
	public Brand get(CurrentUser user, UUID clientId, UUID id) {
		this.clients.get(user, clientId);
		return this.brands.findByWorkspaceIdAndClientIdAndId(user.workspaceId(), clientId, id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * Adds a brand; {@code unreadable} are the values the caller's binding could not read
	 * (they are reported with every other problem of the request).
	 */
	@CanEdit
	@Transactional
	public Brand create(CurrentUser user, UUID clientId, BrandRequest request, List<FieldProblem> unreadable) {
		Client client = this.clients.get(user, clientId);
		validate(user, clientId, null, request, unreadable);
		return this.brands.saveAndFlush(new Brand(user.workspaceId(), clientId, request.name(), client.getName()));
	}

	@CanEdit
	@Transactional
	public Brand rename(CurrentUser user, UUID clientId, UUID id, BrandRequest request, List<FieldProblem> unreadable) {
		Brand brand = get(user, clientId, id);
		StaleVersionException.check("The brand", request.version(), brand.getVersion());
		validate(user, clientId, id, request, unreadable);
		brand.rename(request.name());
		return this.brands.saveAndFlush(brand);
	}

	@CanEdit
	@Transactional
	public Brand archive(CurrentUser user, UUID clientId, UUID id) {
		Brand brand = get(user, clientId, id);
		brand.archive();
		return this.brands.saveAndFlush(brand);
	}

	@CanEdit
	@Transactional
	public Brand restore(CurrentUser user, UUID clientId, UUID id) {
		Brand brand = get(user, clientId, id);
		brand.restore();
		return this.brands.saveAndFlush(brand);
	}

	/**
	 * The request's constraints with the values binding could not read, then the name's
	 * uniqueness under the client (without regard to case), in one answer.
	 */
	private void validate(CurrentUser user, UUID clientId, UUID id, BrandRequest request,
			List<FieldProblem> unreadable) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		if (!problems.names("name") && this.brands.existsByWorkspaceIdAndClientIdAndNameIgnoreCaseAndIdNot(
				user.workspaceId(), clientId, request.name(), (id != null) ? id : new UUID(0, 0))) {
			problems.add("name", "is already a brand of this client");
		}
		problems.throwIfAny();
	}

}
