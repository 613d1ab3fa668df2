package dev.aorhub.workspace;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key rules of DESIGN.md, checked on the database's own catalog (JDBC metadata, on H2
 * and PostgreSQL alike) so that every table a migration adds is held to them without a
 * test of its own. A tenant table is a table with a {@code workspace_id} column; its
 * primary key starts with workspace_id, every foreign key that points at it is composite
 * and pairs workspace_id with workspace_id, and every index on it (unique constraints
 * included) leads with workspace_id. That keeps rows from pointing across tenants and
 * lets every table be distributed by workspace_id.
 */
class SchemaRulesIntegrationTests extends ApiTestSupport {

	private static final String WORKSPACE_ID = "workspace_id";

	/**
	 * Tenant tables that are keyed otherwise by design, each with the reason. Foreign
	 * keys from them must still be composite.
	 */
	private static final Map<String, String> KEYED_OTHERWISE = Map.of("login_identity",
			"sign-in starts from an e-mail alone, before any workspace is known: the one global directory "
					+ "(a reference table when distributed), see V1__workspace_foundation.sql",
			"security_event",
			"a failed sign-in or a refused request often names no workspace (an unknown e-mail, no token): "
					+ "the instance's log, read per workspace by its admin, see V20__workspace_security_log.sql");

	@Autowired
	private DataSource dataSource;

	/** Read once: the schema is Flyway's and no test changes it. */
	private static Catalog read;

	private Catalog catalog;

	@BeforeEach
	void readCatalog() throws SQLException {
		if (read == null) {
			read = Catalog.read(this.dataSource);
		}
		this.catalog = read;
	}

	@Test
	void theCatalogShowsTheTenantTablesAndLeavesTheFrameworksOut() {
		assertThat(this.catalog.tenantTables()).contains("client", "designation", "sow", "designation_lock", "app_user")
			.doesNotContain("workspace", "spring_session", "event_publication", "shedlock", "client_directory");
	}

	@Test
	void everyTenantTablesPrimaryKeyStartsWithWorkspaceId() {
		List<String> violations = new ArrayList<>();
		for (String table : this.catalog.tenantTables()) {
			if (KEYED_OTHERWISE.containsKey(table)) {
				continue;
			}
			List<String> key = this.catalog.primaryKeys().getOrDefault(table, List.of());
			if (key.isEmpty() || !key.get(0).equals(WORKSPACE_ID)) {
				violations.add(table + " has the primary key " + key);
			}
		}
		assertThat(violations).as("tenant tables whose primary key does not start with workspace_id").isEmpty();
	}

	@Test
	void everyForeignKeyToATenantTableIsCompositeWithWorkspaceId() {
		List<String> violations = new ArrayList<>();
		for (ForeignKey key : this.catalog.foreignKeys()) {
			if (!this.catalog.tenantTables().contains(key.referencedTable())) {
				continue;
			}
			boolean pairsWorkspace = WORKSPACE_ID.equals(key.columns().get(WORKSPACE_ID));
			if (key.columns().size() < 2 || !pairsWorkspace) {
				violations.add(key.table() + "." + key.name() + " " + key.columns().keySet() + " references "
						+ key.referencedTable() + " " + key.columns().values());
			}
		}
		assertThat(violations).as("foreign keys to tenant tables without workspace_id").isEmpty();
	}

	@Test
	void everyIndexOfATenantTableLeadsWithWorkspaceId() {
		List<String> violations = new ArrayList<>();
		this.catalog.indexes().forEach((index, columns) -> {
			String table = index.substring(0, index.indexOf('.'));
			if (this.catalog.tenantTables().contains(table) && !KEYED_OTHERWISE.containsKey(table)
					&& !columns.get(0).equals(WORKSPACE_ID)) {
				violations.add(index + " " + columns);
			}
		});
		assertThat(violations).as("indexes of tenant tables that do not lead with workspace_id").isEmpty();
	}

	/** A foreign key with its columns, each mapped to the referenced column. */
	record ForeignKey(String table, String name, String referencedTable, Map<String, String> columns) {
	}

	/** What the rules need of the current schema's catalog, names in lower case. */
	record Catalog(Set<String> tenantTables, Map<String, List<String>> primaryKeys, List<ForeignKey> foreignKeys,
			Map<String, List<String>> indexes) {

		static Catalog read(DataSource dataSource) throws SQLException {
			try (Connection connection = dataSource.getConnection()) {
				DatabaseMetaData metadata = connection.getMetaData();
				String schema = connection.getSchema();
				Set<String> tables = new TreeSet<>();
				try (ResultSet rs = metadata.getTables(connection.getCatalog(), schema, "%", null)) {
					while (rs.next()) {
						String type = rs.getString("TABLE_TYPE");
						if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
							tables.add(lower(rs.getString("TABLE_NAME")));
						}
					}
				}
				Set<String> tenantTables = new TreeSet<>();
				Map<String, List<String>> primaryKeys = new TreeMap<>();
				List<ForeignKey> foreignKeys = new ArrayList<>();
				Map<String, List<String>> indexes = new TreeMap<>();
				for (String table : tables) {
					try (ResultSet rs = metadata.getColumns(connection.getCatalog(), schema, table, WORKSPACE_ID)) {
						while (rs.next()) {
							if (table.equals(lower(rs.getString("TABLE_NAME")))) {
								tenantTables.add(table);
							}
						}
					}
					primaryKeys.put(table, ordered(metadata.getPrimaryKeys(connection.getCatalog(), schema, table),
							"KEY_SEQ", "COLUMN_NAME"));
					foreignKeys.addAll(foreignKeys(metadata, connection.getCatalog(), schema, table));
					indexes.putAll(indexes(metadata, connection.getCatalog(), schema, table));
				}
				return new Catalog(tenantTables, primaryKeys, foreignKeys, indexes);
			}
		}

		private static List<ForeignKey> foreignKeys(DatabaseMetaData metadata, String catalog, String schema,
				String table) throws SQLException {
			Map<String, ForeignKey> keys = new LinkedHashMap<>();
			Map<String, TreeMap<Integer, String[]>> columns = new LinkedHashMap<>();
			try (ResultSet rs = metadata.getImportedKeys(catalog, schema, table)) {
				while (rs.next()) {
					String name = lower(rs.getString("FK_NAME"));
					keys.putIfAbsent(name,
							new ForeignKey(table, name, lower(rs.getString("PKTABLE_NAME")), new LinkedHashMap<>()));
					columns.computeIfAbsent(name, (n) -> new TreeMap<>())
						.put(rs.getInt("KEY_SEQ"), new String[] { lower(rs.getString("FKCOLUMN_NAME")),
								lower(rs.getString("PKCOLUMN_NAME")) });
				}
			}
			keys.forEach(
					(name, key) -> columns.get(name).values().forEach((pair) -> key.columns().put(pair[0], pair[1])));
			return List.copyOf(keys.values());
		}

		/** Each index of the table as {@code table.index} with its columns in order. */
		private static Map<String, List<String>> indexes(DatabaseMetaData metadata, String catalog, String schema,
				String table) throws SQLException {
			Map<String, TreeMap<Integer, String>> byIndex = new TreeMap<>();
			try (ResultSet rs = metadata.getIndexInfo(catalog, schema, table, false, true)) {
				while (rs.next()) {
					if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
							|| rs.getString("INDEX_NAME") == null) {
						continue;
					}
					byIndex.computeIfAbsent(table + "." + lower(rs.getString("INDEX_NAME")), (n) -> new TreeMap<>())
						.put((int) rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
				}
			}
			Map<String, List<String>> indexes = new TreeMap<>();
			byIndex.forEach((name, columns) -> indexes.put(name, List.copyOf(columns.values())));
			return indexes;
		}

		private static List<String> ordered(ResultSet rs, String position, String column) throws SQLException {
			try (rs) {
				TreeMap<Integer, String> columns = new TreeMap<>();
				while (rs.next()) {
					columns.put(rs.getInt(position), lower(rs.getString(column)));
				}
				return List.copyOf(columns.values());
			}
		}

		private static String lower(String name) {
			return (name != null) ? name.toLowerCase(Locale.ROOT) : null;
		}

	}

}
