package dev.aorhub;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries are part of the design (see DESIGN.md): a module may use another only
 * through its top-level API and its events, and only the modules it declares.
 */
class ModularityTests {

	/**
	 * The modules DESIGN.md names; a top-level package outside this list is a mistake.
	 */
	private static final Set<String> DESIGNED_MODULES = Set.of("workspace", "clients", "relationships", "contracts",
			"pitches", "planning", "delivery", "media", "performance", "billing", "portal", "shared");

	private static final ApplicationModules modules = ApplicationModules.of(AorHubApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyTopLevelPackageIsADesignedModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("shared", "workspace")
			.allMatch(DESIGNED_MODULES::contains);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();

		// Spring Modulith's default output folder in a Maven build.
		Path output = Path.of("target", "spring-modulith-docs");
		assertThat(output.resolve("components.puml")).isNotEmptyFile();
		assertThat(output.resolve("module-workspace.puml")).isNotEmptyFile();
		assertThat(output.resolve("module-workspace.adoc")).isNotEmptyFile();
	}

}
