package dev.aorhub.delivery;

/**
 * The kind of work a task is, as agencies staff it.
 */
public enum Discipline {

	STRATEGY("Strategy"), CREATIVE("Creative"), COPY("Copy"), DESIGN("Design"), MEDIA("Media"), ACCOUNT("Account"),
	ANALYTICS("Analytics");

	private final String label;

	Discipline(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
