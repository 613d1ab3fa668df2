package dev.aorhub.clients.application;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.ContactSummary;
import dev.aorhub.workspace.ClientDirectory;
import dev.aorhub.workspace.ClientDirectory.ClientChoice;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients module's answers to other modules, by plain indexed SQL.
 */
@Component
class ClientsFacade implements Clients, ClientDirectory {

	private static final RowMapper<ClientSummary> SUMMARY = (rs, n) -> new ClientSummary(rs.getObject("id", UUID.class),
			rs.getString("name"), Currency.getInstance(rs.getString("currency")),
			ClientStatus.valueOf(rs.getString("status")), rs.getBoolean("archived"));

	private static final RowMapper<BrandSummary> BRAND = (rs, n) -> new BrandSummary(rs.getObject("id", UUID.class),
			rs.getObject("client_id", UUID.class), rs.getString("name"), rs.getBoolean("archived"));

	private final JdbcClient jdbc;

	ClientsFacade(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClientSummary> find(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql(
				"SELECT id, name, currency, status, archived FROM client WHERE workspace_id = :workspaceId AND id = :id")
			.param("workspaceId", workspaceId)
			.param("id", clientId)
			.query(SUMMARY)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClientSummary> list(UUID workspaceId, int limit) {
		return this.jdbc.sql("""
				SELECT id, name, currency, status, archived FROM client
				WHERE workspace_id = :workspaceId AND archived = FALSE
				ORDER BY name LIMIT :limit
				""").param("workspaceId", workspaceId).param("limit", limit).query(SUMMARY).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, ClientSummary> findAll(UUID workspaceId, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ClientSummary> found = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT id, name, currency, status, archived FROM client"
					+ " WHERE workspace_id = :workspaceId AND id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(clientIds))
			.query(SUMMARY)
			.list()
			.forEach((summary) -> found.put(summary.id(), summary));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> competitorsOf(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT competitor_client_id AS other FROM client_competitor
				WHERE workspace_id = :workspaceId AND client_id = :clientId AND competitor_client_id IS NOT NULL
				UNION
				SELECT client_id AS other FROM client_competitor
				WHERE workspace_id = :workspaceId AND competitor_client_id = :clientId
				""")
			.param("workspaceId", workspaceId)
			.param("clientId", clientId)
			.query(UUID.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ContactSummary> contacts(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT id, client_id, name, title, level, is_primary, active FROM contact
				WHERE workspace_id = :workspaceId AND client_id = :clientId AND archived = FALSE
				ORDER BY CASE level WHEN 'EXECUTIVE' THEN 0 WHEN 'SENIOR' THEN 1 WHEN 'MANAGER' THEN 2 ELSE 3 END,
				         lower(name), id
				""")
			.param("workspaceId", workspaceId)
			.param("clientId", clientId)
			.query((rs, n) -> new ContactSummary(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getString("name"), rs.getString("title"), ContactLevel.valueOf(rs.getString("level")),
					rs.getBoolean("is_primary"), rs.getBoolean("active")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<BrandSummary> brands(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT id, client_id, name, archived FROM brand
				WHERE workspace_id = :workspaceId AND client_id = :clientId AND archived = FALSE
				ORDER BY lower(name), id
				""").param("workspaceId", workspaceId).param("clientId", clientId).query(BRAND).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BrandSummary> findBrand(UUID workspaceId, UUID brandId) {
		return this.jdbc
			.sql("SELECT id, client_id, name, archived FROM brand WHERE workspace_id = :workspaceId AND id = :id")
			.param("workspaceId", workspaceId)
			.param("id", brandId)
			.query(BRAND)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, BrandSummary> findBrands(UUID workspaceId, Collection<UUID> brandIds) {
		if (brandIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, BrandSummary> brands = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT id, client_id, name, archived FROM brand WHERE workspace_id = :workspaceId AND id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(brandIds))
			.query(BRAND)
			.list()
			.forEach((brand) -> brands.put(brand.id(), brand));
		return brands;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> competitorNames(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT competitor_name FROM client_competitor
				WHERE workspace_id = :workspaceId AND client_id = :clientId
				ORDER BY lower(competitor_name)
				""").param("workspaceId", workspaceId).param("clientId", clientId).query(String.class).list();
	}

	@Override
	public Optional<String> clientName(UUID workspaceId, UUID clientId) {
		return find(workspaceId, clientId).map(ClientSummary::name);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> clientNames(UUID workspaceId, Collection<UUID> clientIds) {
		Map<UUID, String> names = new LinkedHashMap<>();
		findAll(workspaceId, clientIds).forEach((id, summary) -> names.put(id, summary.name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClientChoice> activeClients(UUID workspaceId) {
		return this.jdbc.sql("""
				SELECT id, name FROM client
				WHERE workspace_id = :workspaceId AND archived = FALSE
				ORDER BY name_key, id
				""")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new ClientChoice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

}
