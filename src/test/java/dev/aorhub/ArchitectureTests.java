package dev.aorhub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.ApplicationModule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the design (DESIGN.md, CONVENTIONS.md) that Spring Modulith's verification
 * does not check by itself: web code goes through services, a module's entities and
 * repositories are its own, and a module's SQL names only its own tables (or the read
 * views another module publishes for it). A module is a top-level package under
 * {@code dev.aorhub}.
 */
@AnalyzeClasses(packagesOf = AorHubApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ROOT = AorHubApplication.class.getPackageName();

	private static final Path SOURCES = Path.of("src", "main", "java");

	private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	/** Controllers and their queries use services and *Queries, never repositories. */
	@ArchTest
	static final ArchRule webCodeNeverTouchesARepository = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.because("web code is a thin adapter over a module's services and read models (CONVENTIONS 6 and 8)");

	/**
	 * Another module refers to an aggregate by id and asks its owner's API, so an entity
	 * or a repository is never used outside its module, not even from its API package.
	 */
	@ArchTest
	static final ArchRule entitiesAndRepositoriesStayInTheirModule = classes().that()
		.areAnnotatedWith(Entity.class)
		.or()
		.areAssignableTo(Repository.class)
		.should(beUsedOnlyInsideTheirOwnModule())
		.because("aggregates refer to other aggregates by id, not by an object graph across modules");

	/**
	 * No module's SQL names another module's table. Tables belong to the module whose
	 * migration creates them ({@code V<n>__<module>_<what>.sql}; the framework's tables
	 * are made by workspace's first one); a view a migration creates is that module's
	 * published read view, which every module allowed to depend on the owner may read.
	 * SQL is found in the string literals and text blocks of each module's sources, after
	 * {@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE} and {@code TABLE}.
	 */
	@ArchTest
	static void moduleSqlNamesOnlyItsOwnTables(JavaClasses classes) {
		Schema schema = Schema.fromMigrations();
		List<String> violations = new ArrayList<>();
		Set<Path> sources = new TreeSet<>();
		for (JavaClass javaClass : classes) {
			if (javaClass.isTopLevelClass() && javaClass.getPackageName().startsWith(ROOT + ".")) {
				javaClass.getSource()
					.flatMap((source) -> source.getFileName())
					.ifPresent((file) -> sources
						.add(SOURCES.resolve(javaClass.getPackageName().replace('.', '/')).resolve(file)));
			}
		}
		assertThat(sources).as("the application's Java sources").isNotEmpty();
		for (Path source : sources) {
			if (!Files.exists(source)) {
				continue;
			}
			String module = moduleOf(SOURCES.relativize(source.getParent()).toString().replace('/', '.'));
			for (SqlReference reference : SqlReference.in(read(source))) {
				String table = reference.name().toLowerCase(Locale.ROOT);
				String owner = schema.tables().get(table);
				String viewOwner = schema.views().get(table);
				if (owner != null && !owner.equals(module)) {
					violations.add(module + ": " + source + ":" + reference.line() + " names " + table + ", a table of "
							+ owner);
				}
				else if (viewOwner != null && !viewOwner.equals(module)
						&& !allowedDependencies(module).contains(viewOwner)) {
					violations.add(module + ": " + source + ":" + reference.line() + " reads " + table
							+ ", the read view " + viewOwner + " publishes for the modules allowed to depend on it");
				}
			}
		}
		assertThat(violations).as("SQL that names another module's tables").isEmpty();
	}

	/** The rule above reads owners off the migrations' names and SQL off the literals. */
	@ArchTest
	static void tableOwnersAndSqlNamesAreFound(JavaClasses classes) {
		Schema schema = Schema.fromMigrations();
		assertThat(schema.tables()).containsEntry("client", "clients")
			.containsEntry("designation", "relationships")
			.containsEntry("sow", "contracts")
			.containsEntry("event_publication", "workspace")
			.doesNotContainKey("client_directory");
		assertThat(schema.views()).containsEntry("client_directory", "clients");
		String source = "// FROM client\n/* JOIN brand */ String a = \"SELECT * FROM designation d\";\n"
				+ "char q = '\"'; String b = \"\"\"\n\t\tUPDATE sow SET x = 1\n\t\t\"\"\";\n"
				+ "String c = \"archived from client\";";
		assertThat(SqlReference.in(source)).containsExactly(new SqlReference("designation", 2),
				new SqlReference("sow", 4));
	}

	private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnModule() {
		return new ArchCondition<>("be used only inside their own module") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String module = moduleOf(type.getPackageName());
				for (Dependency dependency : type.getDirectDependenciesToSelf()) {
					String user = moduleOf(dependency.getOriginClass().getPackageName());
					if (!module.equals(user)) {
						events.add(SimpleConditionEvent.violated(dependency, type.getSimpleName() + " of " + module
								+ " is used by " + user + ": " + dependency.getDescription()));
					}
				}
			}

		};
	}

	/** {@code dev.aorhub.contracts.web} is the module {@code contracts}. */
	static String moduleOf(String packageName) {
		String rest = packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : "";
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	/** The modules a module's package-info allows it to depend on. */
	static Set<String> allowedDependencies(String module) {
		try {
			ApplicationModule declared = Class.forName(ROOT + "." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
			if (declared == null) {
				return Set.of();
			}
			return Arrays.stream(declared.allowedDependencies())
				.map((name) -> name.contains("::") ? name.substring(0, name.indexOf("::")) : name)
				.collect(Collectors.toSet());
		}
		catch (ClassNotFoundException ex) {
			return Set.of();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Which module made each table and view, from the migrations' file names. */
	record Schema(Map<String, String> tables, Map<String, String> views) {

		private static final Pattern FILE = Pattern.compile("V\\d+(?:[._]\\d+)*__([a-z]+)(?:_\\w*)?\\.sql");

		private static final Pattern CREATE = Pattern.compile(
				"\\bCREATE\\s+(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)",
				Pattern.CASE_INSENSITIVE);

		static Schema fromMigrations() {
			Map<String, String> tables = new TreeMap<>();
			Map<String, String> views = new TreeMap<>();
			try (Stream<Path> files = Files.list(MIGRATIONS)) {
				for (Path file : files.sorted().toList()) {
					Matcher name = FILE.matcher(file.getFileName().toString());
					assertThat(name.matches()).as("migration %s is named V<n>__<module>_<what>.sql", file).isTrue();
					String module = name.group(1);
					assertThat(Files.isDirectory(SOURCES.resolve(ROOT.replace('.', '/')).resolve(module)))
						.as("migration %s starts with the name of a module", file)
						.isTrue();
					String sql = read(file).replaceAll("--[^\\n]*", "");
					Matcher create = CREATE.matcher(sql);
					while (create.find()) {
						String table = create.group(2).toLowerCase(Locale.ROOT);
						(create.group(1).equalsIgnoreCase("VIEW") ? views : tables).put(table, module);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			// Flyway makes its own history table; like the other framework tables it is
			// the workspace module's, which no other module's code reads.
			tables.put("flyway_schema_history", "workspace");
			return new Schema(tables, views);
		}

	}

	/** A name after a SQL keyword inside a string literal or text block of a source. */
	record SqlReference(String name, int line) {

		private static final Pattern TABLE = Pattern
			.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([A-Za-z_][A-Za-z0-9_]*)");

		static List<SqlReference> in(String source) {
			List<SqlReference> references = new ArrayList<>();
			int line = 1;
			int i = 0;
			int length = source.length();
			while (i < length) {
				char c = source.charAt(i);
				if (c == '\n') {
					line++;
					i++;
				}
				else if (source.startsWith("//", i)) {
					i = source.indexOf('\n', i);
					i = (i < 0) ? length : i;
				}
				else if (source.startsWith("/*", i)) {
					int end = source.indexOf("*/", i + 2);
					end = (end < 0) ? length : end + 2;
					line += count(source, i, end);
					i = end;
				}
				else if (c == '\'') {
					int end = i + 1;
					while (end < length && source.charAt(end) != '\'') {
						end += (source.charAt(end) == '\\') ? 2 : 1;
					}
					i = end + 1;
				}
				else if (c == '"') {
					boolean textBlock = source.startsWith("\"\"\"", i);
					int start = i + (textBlock ? 3 : 1);
					int end = start;
					while (end < length
							&& !(textBlock ? source.startsWith("\"\"\"", end) : source.charAt(end) == '"')) {
						end += (source.charAt(end) == '\\') ? 2 : 1;
					}
					String literal = source.substring(start, Math.min(end, length));
					Matcher matcher = TABLE.matcher(literal);
					while (matcher.find()) {
						references.add(new SqlReference(matcher.group(1), line + count(literal, 0, matcher.start())));
					}
					line += count(literal, 0, literal.length());
					i = end + (textBlock ? 3 : 1);
				}
				else {
					i++;
				}
			}
			return references;
		}

		private static int count(String text, int from, int to) {
			int lines = 0;
			for (int i = from; i < to && i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					lines++;
				}
			}
			return lines;
		}

	}

}
