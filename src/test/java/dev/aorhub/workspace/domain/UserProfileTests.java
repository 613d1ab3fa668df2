package dev.aorhub.workspace.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.workspace.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserProfileTests {

	private static final UUID CLIENT_ID = UUID.fromString("01900000-0000-7000-8000-000000000001");

	@Test
	void acceptsAStaffUserWithoutClient() {
		assertThat(new UserProfile("ada@example.com", "Ada", EnumSet.of(Role.ADMIN, Role.FINANCE), null).problems())
			.isEmpty();
	}

	@Test
	void acceptsAClientUserBoundToAClient() {
		assertThat(new UserProfile("cleo@client.example", "Cleo", Set.of(Role.CLIENT), CLIENT_ID).problems()).isEmpty();
	}

	@Test
	void requiresAClientIdForAClientUser() {
		assertThat(new UserProfile("cleo@client.example", "Cleo", Set.of(Role.CLIENT), null).problems())
			.containsExactly(new FieldProblem("clientId", "is required for a client (portal) user"));
	}

	@Test
	void refusesToCombineClientWithStaffRoles() {
		assertThat(new UserProfile("cleo@client.example", "Cleo", EnumSet.of(Role.CLIENT, Role.ACCOUNT), CLIENT_ID)
			.problems())
			.containsExactly(new FieldProblem("roles", "Client (portal) cannot be combined with staff roles"));
	}

	@Test
	void allowsAClientIdOnlyForClientUsers() {
		assertThat(new UserProfile("ada@example.com", "Ada", Set.of(Role.ACCOUNT), CLIENT_ID).problems())
			.containsExactly(new FieldProblem("clientId", "is only for client (portal) users"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "no-at-sign", "ada@localhost", "ada@@example.com", "ada lovelace@example.com",
			"@example.com", "ada@.", "ada@example." })
	void rejectsImplausibleEmailAddresses(String email) {
		assertThat(new UserProfile(email, "Ada", Set.of(Role.ACCOUNT), null).problems()).extracting(FieldProblem::field)
			.containsExactly("email");
	}

	@Test
	void rejectsAMissingEmailAddress() {
		assertThat(new UserProfile(null, "Ada", Set.of(Role.ACCOUNT), null).problems())
			.containsExactly(new FieldProblem("email", "must be a valid e-mail address"));
	}

	@Test
	void rejectsAnEmailAddressLongerThan254Characters() {
		String email = "a".repeat(243) + "@example.com";
		assertThat(email).hasSize(255);
		assertThat(new UserProfile(email, "Ada", Set.of(Role.ACCOUNT), null).problems()).extracting(FieldProblem::field)
			.containsExactly("email");
	}

	@Test
	void normalisesTheEmailToLowerCaseWithoutSurroundingSpace() {
		UserProfile profile = new UserProfile("  Ada.Lovelace@Example.COM ", "Ada", Set.of(Role.ACCOUNT), null);
		assertThat(profile.normalisedEmail()).isEqualTo("ada.lovelace@example.com");
		assertThat(profile.problems()).isEmpty();
	}

	@Test
	void requiresANameOfOneTo120Characters() {
		assertThat(new UserProfile("ada@example.com", "   ", Set.of(Role.ACCOUNT), null).problems())
			.containsExactly(new FieldProblem("name", "must be 1 to 120 characters"));
		assertThat(new UserProfile("ada@example.com", "n".repeat(121), Set.of(Role.ACCOUNT), null).problems())
			.extracting(FieldProblem::field)
			.containsExactly("name");
		assertThat(new UserProfile("ada@example.com", "n".repeat(120), Set.of(Role.ACCOUNT), null).problems())
			.isEmpty();
	}

	@Test
	void requiresAtLeastOneRole() {
		assertThat(new UserProfile("ada@example.com", "Ada", null, null).problems())
			.containsExactly(new FieldProblem("roles", "must name at least one role"));
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThat(new UserProfile("nope", "", Set.of(), CLIENT_ID).problems()).extracting(FieldProblem::field)
			.containsExactly("email", "name", "roles", "clientId");
	}

}
