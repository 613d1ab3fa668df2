package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.domain.AllocationCalculator;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is committed where: a designation's team, and every staff member's allocation
 * across the designations that still take time. Two queries for the whole staff: the
 * people, and their current and future assignments with their clients' names. Team
 * members are sorted by name in SQL, so they come from the workspace module's read view
 * {@code user_directory}; the clients' names come from the clients module's published
 * view {@code client_directory} in the same join (a batch of hundreds of ids through the
 * clients API made H2 compare every client with every id).
 */
@Component
class TeamQueries {

	record AssignmentRow(UUID id, UUID designationId, UUID userId, String userName, String role, int allocationPercent,
			boolean dedicated, LocalDate startDate, LocalDate endDate, UUID clientId, String clientName,
			String categoryName, String market, DesignationStatus status, long version) {

		public DateRange term() {
			return new DateRange(this.startDate, this.endDate);
		}

		public boolean isCurrent(LocalDate today) {
			return term().contains(today);
		}

	}

	/** A staff member's commitments: allocated today, and the highest sum ahead. */
	record StaffAllocation(UserSummary user, int now, int peak, List<AssignmentRow> assignments) {

		public boolean overAllocated() {
			return this.peak > AllocationCalculator.FULL_TIME;
		}

		/** The commitments a row shows; a very busy person's list is cut short. */
		public List<AssignmentRow> shown() {
			return this.assignments.subList(0, Math.min(SHOWN, this.assignments.size()));
		}

		public int notShown() {
			return Math.max(0, this.assignments.size() - SHOWN);
		}

		/** For the bar: at most full width. */
		public int barPercent() {
			return Math.min(this.peak, AllocationCalculator.FULL_TIME);
		}

	}

	/** How many commitments the team page lists per person. */
	static final int SHOWN = 6;

	private static final String SELECT = """
			SELECT a.id, a.designation_id, a.user_id, u.name AS user_name, a.role, a.allocation_percent, a.dedicated,
			       a.start_date, a.end_date, a.version, d.client_id, c.name AS client_name, sc.name AS category_name,
			       d.market, d.status
			FROM team_assignment a
			JOIN user_directory u ON u.workspace_id = a.workspace_id AND u.id = a.user_id
			JOIN designation d ON d.workspace_id = a.workspace_id AND d.id = a.designation_id
			JOIN client_directory c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
			JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
			""";

	private final JdbcClient jdbc;

	private final WorkspaceUsers users;

	private final AllocationCalculator calculator = new AllocationCalculator();

	TeamQueries(JdbcClient jdbc, WorkspaceUsers users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	List<AssignmentRow> ofDesignation(UUID workspaceId, UUID designationId) {
		return this.jdbc
			.sql(SELECT + "WHERE a.workspace_id = :workspaceId AND a.designation_id = :designationId"
					+ " ORDER BY a.start_date, lower(u.name), a.id")
			.param("workspaceId", workspaceId)
			.param("designationId", designationId)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Every active staff member with their assignments that have not ended, on
	 * designations that take time (pitching, active, under review; not archived).
	 */
	/**
	 * The staff whose name or e-mail holds {@code q} (ignoring case), or who are
	 * committed to a client, category or role that does; everyone when {@code q} is
	 * blank.
	 */
	List<StaffAllocation> allocations(UUID workspaceId, LocalDate today, String q) {
		List<StaffAllocation> staff = allocations(workspaceId, today);
		if (q == null || q.isBlank()) {
			return staff;
		}
		String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
		return staff.stream().filter((s) -> matches(s, needle)).toList();
	}

	private static boolean matches(StaffAllocation staff, String needle) {
		return contains(staff.user().name(), needle) || contains(staff.user().email(), needle)
				|| staff.assignments()
					.stream()
					.anyMatch((a) -> contains(a.clientName(), needle) || contains(a.categoryName(), needle)
							|| contains(a.role(), needle));
	}

	private static boolean contains(String text, String needle) {
		return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
	}

	List<StaffAllocation> allocations(UUID workspaceId, LocalDate today) {
		Map<UUID, List<AssignmentRow>> byUser = new LinkedHashMap<>();
		this.jdbc.sql(SELECT + """
				WHERE a.workspace_id = :workspaceId AND (a.end_date IS NULL OR a.end_date >= :today)
				  AND d.archived = FALSE AND d.client_archived = FALSE
				  AND d.status IN ('PITCHING', 'ACTIVE', 'UNDER_REVIEW')
				ORDER BY a.start_date, a.id
				""")
			.param("workspaceId", workspaceId)
			.param("today", today)
			.query((rs, n) -> row(rs))
			.list()
			.forEach((row) -> byUser.computeIfAbsent(row.userId(), (id) -> new ArrayList<>()).add(row));
		List<StaffAllocation> staff = new ArrayList<>();
		for (UserSummary user : this.users.staff(workspaceId)) {
			List<AssignmentRow> assignments = byUser.getOrDefault(user.id(), List.of());
			var allocations = assignments.stream()
				.map((a) -> new AllocationCalculator.Allocation(a.allocationPercent(), a.term()))
				.toList();
			staff.add(new StaffAllocation(user, this.calculator.on(today, allocations),
					this.calculator.peakFrom(today, allocations), assignments));
		}
		staff.sort(Comparator.comparingInt(StaffAllocation::peak)
			.reversed()
			.thenComparing((s) -> s.user().name().toLowerCase(java.util.Locale.ROOT)));
		return staff;
	}

	private static AssignmentRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AssignmentRow(rs.getObject("id", UUID.class), rs.getObject("designation_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("user_name"), rs.getString("role"),
				rs.getInt("allocation_percent"), rs.getBoolean("dedicated"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getObject("client_id", UUID.class), rs.getString("client_name"), rs.getString("category_name"),
				rs.getString("market"), DesignationStatus.valueOf(rs.getString("status")), rs.getLong("version"));
	}

}
