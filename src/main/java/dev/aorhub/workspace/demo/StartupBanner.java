package dev.aorhub.workspace.demo;

import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.workspace.demo.DemoWorkspace.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One clear line when the application is ready: where it listens, which database it uses
 * and, with the demo on, how to sign in. With the demo on, the line waits until the demo
 * workspace is made, so the login it shows works when it is printed.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final WorkspaceProperties properties;

	private final DemoWorkspace demo;

	StartupBanner(Environment environment, WorkspaceProperties properties, DemoWorkspace demo) {
		this.environment = environment;
		this.properties = properties;
		this.demo = demo;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (this.properties.demo().enabled()) {
			log.info("AOR Hub answers on port {}; making the demo workspace if the database is empty",
					this.environment.getProperty("local.server.port", "8080"));
		}
		this.demo.ready().thenAccept((outcome) -> log.info(line(outcome)));
	}

	String line(Outcome outcome) {
		String port = this.environment.getProperty("local.server.port", "8080");
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		String database = databaseDescription(this.environment.getProperty("spring.datasource.url", ""));
		String demo = "";
		if (this.properties.demo().enabled()) {
			demo = (outcome != Outcome.FAILED)
					? " | demo login: " + this.properties.demo().email() + " / " + this.properties.demo().password()
					: " | the demo workspace could not be made (see the log)";
		}
		return "AOR Hub is ready at http://localhost:" + port + contextPath + "/ | database: " + database + demo;
	}

	/** The URL without its parameters, which may hold credentials. */
	static String databaseDescription(String url) {
		int parameters = url.indexOf(';');
		String base = (parameters >= 0) ? url.substring(0, parameters) : url;
		int query = base.indexOf('?');
		return (query >= 0) ? base.substring(0, query) : base;
	}

}
