package dev.aorhub.workspace.demo;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo is made under {@code mvn spring-boot:run} (which sets
 * {@code aorhub.demo.default}) and never on a plain {@code java -jar} start, which is how
 * production runs, unless {@code AORHUB_DEMO=true} asks for it. Read from the packaged
 * {@code application.properties} itself, not the tests' overrides.
 */
class DemoSwitchTests {

	@Test
	void aPlainJarStartNeverMakesTheDemo() throws IOException {
		assertThat(demoEnabled(Map.of(), Map.of())).isFalse();
	}

	@Test
	void springBootRunMakesTheDemo() throws IOException {
		assertThat(demoEnabled(Map.of("aorhub.demo.default", "true"), Map.of())).isTrue();
	}

	@Test
	void theEnvironmentVariableWinsEitherWay() throws IOException {
		assertThat(demoEnabled(Map.of(), Map.of("AORHUB_DEMO", "true"))).isTrue();
		assertThat(demoEnabled(Map.of("aorhub.demo.default", "true"), Map.of("AORHUB_DEMO", "false"))).isFalse();
	}

	private static boolean demoEnabled(Map<String, Object> systemProperties, Map<String, Object> environmentVariables)
			throws IOException {
		var environment = new StandardEnvironment();
		var sources = environment.getPropertySources();
		// Only what is given here: the machine running the tests may have its own.
		sources.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
				new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, systemProperties));
		sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new MapPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
		new PropertiesPropertySourceLoader().load("packaged", new ClassPathResource("application.properties"))
			.forEach(sources::addLast);
		return environment.getRequiredProperty("aorhub.demo.enabled", Boolean.class);
	}

}
