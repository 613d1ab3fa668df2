package dev.aorhub.clients.importing;

/**
 * What an import does with a row that matches a record already there: a client by its
 * name, a contact by its client and e-mail.
 */
public enum ExistingRecords {

	/** The row is a problem: the import only adds. */
	REFUSE,

	/**
	 * The row changes the record: its filled cells replace the values, its blank ones
	 * keep them.
	 */
	UPDATE

}
