package dev.aorhub.clients;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.workspace.CurrentUser;

/**
 * A part another module adds to the client page, the account's home: the AOR roster, the
 * contracts, the campaigns. Each bean is rendered in Spring order ({@code @Order} or
 * {@link org.springframework.core.Ordered}), below the client's own details, as a card
 * titled {@link #title()} holding the Thymeleaf fragment {@link #fragment()} of
 * {@link #template()}. The fragment reads its data from the variable {@code section} (the
 * map {@link #model} answers) and may use {@code client} (a {@link ClientSummary}) and
 * {@code me} (the {@link CurrentUser}).
 * <p>
 * The clients module knows nothing of its contributors: they depend on it, never the
 * reverse.
 */
public interface ClientPageSection {

	/** The card's heading, e.g. "AOR roster". */
	String title();

	/** The template holding the fragment, e.g. {@code relationships/client-sections}. */
	String template();

	/** The fragment's name in {@link #template()}, e.g. {@code roster}. */
	String fragment();

	/**
	 * The section's data for one client the user may see (the client page has already
	 * checked the workspace). Answer {@code null} to leave the section out for this
	 * client.
	 */
	Map<String, Object> model(CurrentUser user, UUID clientId);

}
