package dev.aorhub.clients.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.domain.Brand;
import dev.aorhub.clients.domain.BrandRepository;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

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

	BrandService(BrandRepository brands, ClientService clients) {
		this.brands = brands;
		this.clients = clients;
	}

	@Transactional(readOnly = true)
	public List<Brand> list(CurrentUser user, UUID clientId) {
		this.clients.get(user, clientId);
		return this.brands.findByWorkspaceIdAndClientIdOrderByArchivedAscNameAsc(user.workspaceId(), clientId);
	}

	@Transactional(readOnly = true)
	public Brand get(CurrentUser user, UUID clientId, UUID id) {
		this.clients.get(user, clientId);
		return this.brands.findByWorkspaceIdAndClientIdAndId(user.workspaceId(), clientId, id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@CanEdit
	@Transactional
	public Brand create(CurrentUser user, UUID clientId, String name) {
		Client client = this.clients.get(user, clientId);
		checkName(user, clientId, null, name);
		return this.brands.saveAndFlush(new Brand(user.workspaceId(), clientId, name, client.getName()));
	}

	@CanEdit
	@Transactional
	public Brand rename(CurrentUser user, UUID clientId, UUID id, String name, Long version) {
		Brand brand = get(user, clientId, id);
		StaleVersionException.check("The brand", version, brand.getVersion());
		checkName(user, clientId, id, name);
		brand.rename(name);
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

	private void checkName(CurrentUser user, UUID clientId, UUID id, String name) {
		var problems = new InvalidInputException.Collector();
		Brand.validateName(name, problems);
		if (problems.isEmpty() && this.brands.existsByWorkspaceIdAndClientIdAndNameIgnoreCaseAndIdNot(
				user.workspaceId(), clientId, name.strip(), (id != null) ? id : new UUID(0, 0))) {
			problems.add("name", "is already a brand of this client");
		}
		problems.throwIfAny();
	}

}
