package dev.aorhub.workspace;

import java.util.Map;

/**
 * A card another module adds to the home dashboard: renewals due, AOR value, contracts
 * ending, over-allocated people. Each bean is rendered in Spring order ({@code @Order}),
 * as a card titled {@link #title()} holding the Thymeleaf fragment {@link #fragment()} of
 * {@link #template()}; the fragment reads its data from the variable {@code section} (the
 * map {@link #model} answers) and may use {@code me} (the {@link CurrentUser}) to leave
 * out action links the user's roles may not follow. A {@link #money()} section comes
 * first for a finance user.
 * <p>
 * The workspace module knows nothing of its contributors: they depend on it, never the
 * reverse. Each section's data must be a bounded read (a {@code LIMIT}, a fixed number of
 * statements however much data there is): the dashboard is every user's first page.
 */
public interface DashboardSection {

	/** The card's heading, e.g. "Renewals due". */
	String title();

	/** The template holding the fragment, e.g. {@code relationships/dashboard}. */
	String template();

	/** The fragment's name in {@link #template()}, e.g. {@code renewals}. */
	String fragment();

	/** Whether the card is about money (values, fees): shown first to finance. */
	default boolean money() {
		return false;
	}

	/** The card's data for the user; {@code null} leaves the card out for them. */
	Map<String, Object> model(CurrentUser user);

}
