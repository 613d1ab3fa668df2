package dev.aorhub.relationships;

/**
 * How strongly a client commits a service category to an agency: as its exclusive AOR, as
 * a preferred agency beside others, or for project work outside any AOR.
 */
public enum DesignationKind {

	EXCLUSIVE("Exclusive"), PREFERRED("Preferred"), PROJECT("Project");

	private final String label;

	DesignationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
