package dev.aorhub.relationships;

import java.util.List;
import java.util.UUID;

/**
 * A client's agency roster as a matrix of service categories by markets: for each cell,
 * who holds the business now (us, another agency, or nobody: whitespace to grow into).
 * For pages of other modules (the client portal, for one) that show the roster.
 */
public interface ClientRoster {

	Matrix matrix(UUID workspaceId, UUID clientId);

	/**
	 * The markets are the columns: Global first, then every other market used at the
	 * client.
	 */
	record Matrix(UUID clientId, List<String> markets, List<Row> rows) {

		public long whitespaceCells() {
			return this.rows.stream().flatMap((row) -> row.cells().stream()).filter(Cell::isWhitespace).count();
		}

		public long ourCells() {
			return this.rows.stream().flatMap((row) -> row.cells().stream()).filter(Cell::heldByUs).count();
		}

	}

	/** One service category and its cell per market, in the matrix's market order. */
	record Row(UUID categoryId, String categoryName, List<Cell> cells) {
	}

	/** Who holds one category in one market; nobody live makes it whitespace. */
	record Cell(String market, List<Holder> holders) {

		public boolean isWhitespace() {
			return this.holders.isEmpty();
		}

		public boolean heldByUs() {
			return this.holders.stream()
				.anyMatch((holder) -> holder.isOurs() && holder.status() != DesignationStatus.PITCHING);
		}

	}

	/** A live designation in a cell; {@code agencyName} null means ours. */
	record Holder(UUID designationId, String agencyName, DesignationKind kind, DesignationStatus status) {

		public boolean isOurs() {
			return this.agencyName == null;
		}

	}

}
