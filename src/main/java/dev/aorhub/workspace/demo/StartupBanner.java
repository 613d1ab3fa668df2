package dev.aorhub.workspace.demo;

import dev.aorhub.workspace.config.WorkspaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One clear line when the application is ready: where it listens, which database it uses
 * and, with the demo on, how to sign in.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final WorkspaceProperties properties;

	StartupBanner(Environment environment, WorkspaceProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		String port = this.environment.getProperty("local.server.port", "8080");
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		String database = databaseDescription(this.environment.getProperty("spring.datasource.url", ""));
		String demo = this.properties.demo().enabled()
				? " | demo login: " + this.properties.demo().email() + " / " + this.properties.demo().password() : "";
		log.info("AOR Hub is ready at http://localhost:{}{}/ | database: {}{}", port, contextPath, database, demo);
	}

	/** The URL without its parameters, which may hold credentials. */
	static String databaseDescription(String url) {
		int parameters = url.indexOf(';');
		String base = (parameters >= 0) ? url.substring(0, parameters) : url;
		int query = base.indexOf('?');
		return (query >= 0) ? base.substring(0, query) : base;
	}

}
