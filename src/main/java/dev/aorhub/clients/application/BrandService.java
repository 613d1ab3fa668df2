package dev.aorhub.clients.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.domain.Brand;
import dev.aorhub.clients.domain.BrandRepository;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditLog;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brands under a client: each name once per client, archived rather than deleted.
 */
@Service
public class BrandService {

	static final String ENTITY = "Brand";

	private final BrandRepository brands;

	private final ClientService clients;

	private final AuditLog audit;

	BrandService(BrandRepository brands, ClientService clients, AuditLog audit) {
		this.brands = brands;
		this.clients = clients;
		this.audit = audit;
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
		Brand brand = this.brands.saveAndFlush(new Brand(user.workspaceId(), clientId, name));
		this.audit.record(user, AuditEntry.created(ENTITY, brand.getId(),
				"Added brand " + brand.getName() + " to " + client.getName(), Map.of("name", brand.getName())));
		return brand;
	}

	@CanEdit
	@Transactional
	public Brand rename(CurrentUser user, UUID clientId, UUID id, String name, Long version) {
		Brand brand = get(user, clientId, id);
		StaleVersionException.check("The brand", version, brand.getVersion());
		checkName(user, clientId, id, name);
		String before = brand.getName();
		brand.rename(name);
		this.audit.record(user, AuditEntry.updated(ENTITY, id, "Renamed brand " + before + " to " + brand.getName(),
				Map.of("name", before), Map.of("name", brand.getName())));
		return this.brands.saveAndFlush(brand);
	}

	@CanEdit
	@Transactional
	public Brand archive(CurrentUser user, UUID clientId, UUID id) {
		Brand brand = get(user, clientId, id);
		if (!brand.isArchived()) {
			brand.archive();
			this.audit.record(user, AuditEntry.action(ENTITY, id, "ARCHIVED", "Archived brand " + brand.getName()));
		}
		return this.brands.saveAndFlush(brand);
	}

	@CanEdit
	@Transactional
	public Brand restore(CurrentUser user, UUID clientId, UUID id) {
		Brand brand = get(user, clientId, id);
		if (brand.isArchived()) {
			brand.restore();
			this.audit.record(user, AuditEntry.action(ENTITY, id, "RESTORED", "Restored brand " + brand.getName()));
		}
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
