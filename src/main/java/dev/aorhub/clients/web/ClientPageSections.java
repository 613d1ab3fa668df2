package dev.aorhub.clients.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.workspace.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Collects the other modules' parts of the client page, in order. A part that fails is
 * shown as such and logged, so one module's bug never takes the account's home down.
 */
@Component
class ClientPageSections {

	private static final Logger log = LoggerFactory.getLogger(ClientPageSections.class);

	/** One part ready to render; {@code failed} when its data could not be loaded. */
	record Rendered(String title, String template, String fragment, Map<String, Object> model, boolean failed) {
	}

	private final ObjectProvider<ClientPageSection> sections;

	ClientPageSections(ObjectProvider<ClientPageSection> sections) {
		this.sections = sections;
	}

	List<Rendered> render(CurrentUser user, UUID clientId) {
		return render(this.sections.orderedStream().toList(), user, clientId);
	}

	static List<Rendered> render(List<ClientPageSection> sections, CurrentUser user, UUID clientId) {
		List<Rendered> rendered = new ArrayList<>();
		for (ClientPageSection section : sections) {
			try {
				Map<String, Object> model = section.model(user, clientId);
				if (model != null) {
					rendered.add(new Rendered(section.title(), section.template(), section.fragment(), model, false));
				}
			}
			catch (RuntimeException ex) {
				log.error("Client page section '{}' failed for client {}", section.title(), clientId, ex);
				rendered.add(new Rendered(section.title(), null, null, Map.of(), true));
			}
		}
		return rendered;
	}

}
