package dev.aorhub.workspace.demo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.SignupService;
import dev.aorhub.workspace.application.UserAdministration;
import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.workspace.domain.UserProfile;
import dev.aorhub.workspace.domain.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.aorhub.workspace.demo.DemoWorkspace.Outcome;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives an empty database a realistic demo agency, when {@code aorhub.demo.enabled}. The
 * workspace and its staff are made here; each module adds its own demo data by listening
 * to {@link DemoWorkspaceCreated}, in the same transaction, so a failed seed leaves
 * nothing half made.
 * <p>
 * Seeding starts once the application is ready and runs on a thread of its own: the first
 * answer (and a load balancer's health check) never waits for the demo data.
 * {@link DemoWorkspace} tells the sign-in page and the start-up banner how far it is.
 */
@Component
class DemoWorkspaceSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceSeeder.class);

	record DemoPerson(String name, String email, Set<Role> roles) {
	}

	static final List<DemoPerson> STAFF = List.of(
			new DemoPerson("Marcus Lee", "marcus.lee@brightline.example", EnumSet.of(Role.ACCOUNT)),
			new DemoPerson("Priya Raman", "priya.raman@brightline.example", EnumSet.of(Role.STRATEGY)),
			new DemoPerson("Tom Becker", "tom.becker@brightline.example", EnumSet.of(Role.CREATIVE)),
			new DemoPerson("Aisha Okafor", "aisha.okafor@brightline.example", EnumSet.of(Role.CREATIVE)),
			new DemoPerson("Sofia Alvarez", "sofia.alvarez@brightline.example", EnumSet.of(Role.MEDIA)),
			new DemoPerson("Daniel Novak", "daniel.novak@brightline.example", EnumSet.of(Role.MEDIA)),
			new DemoPerson("Grace Kim", "grace.kim@brightline.example", EnumSet.of(Role.FINANCE)),
			new DemoPerson("Oliver Grant", "oliver.grant@brightline.example", EnumSet.of(Role.NEW_BUSINESS)),
			new DemoPerson("Hannah Cole", "hannah.cole@brightline.example", EnumSet.of(Role.ACCOUNT, Role.STRATEGY)),
			new DemoPerson("Ravi Shah", "ravi.shah@brightline.example", EnumSet.of(Role.VIEWER)));

	private final WorkspaceProperties properties;

	private final WorkspaceRepository workspaces;

	private final SignupService signups;

	private final UserAdministration users;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final DemoWorkspace demo;

	DemoWorkspaceSeeder(WorkspaceProperties properties, WorkspaceRepository workspaces, SignupService signups,
			UserAdministration users, ApplicationEventPublisher events, TransactionTemplate transaction,
			DemoWorkspace demo) {
		this.properties = properties;
		this.workspaces = workspaces;
		this.signups = signups;
		this.users = users;
		this.events = events;
		this.transaction = transaction;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		if (!this.properties.demo().enabled()) {
			this.demo.finished(Outcome.NOT_NEEDED);
			return;
		}
		// Marked before the thread starts, so a sign-in page served right after start-up
		// already says the demo is on its way.
		this.demo.started();
		Thread seeder = new Thread(this::seedIfEmpty, "demo-seeder");
		// A stop during seeding must not wait for it: its transaction just rolls back.
		seeder.setDaemon(true);
		seeder.start();
	}

	void seedIfEmpty() {
		try {
			if (this.workspaces.count() > 0) {
				this.demo.finished(Outcome.NOT_NEEDED);
				return;
			}
			this.transaction.executeWithoutResult((status) -> seed());
			log.info("Made the demo workspace Brightline Partners with {} staff", STAFF.size() + 1);
			this.demo.finished(Outcome.MADE);
		}
		catch (RuntimeException ex) {
			log.error("Could not make the demo workspace", ex);
			this.demo.finished(Outcome.FAILED);
		}
	}

	private void seed() {
		var demo = this.properties.demo();
		var signedUp = this.signups.create(new SignupService.Signup("Brightline Partners", demo.email(),
				"Dana Whitfield", demo.password(), "USD", "America/New_York"), EnumSet.of(Role.ADMIN, Role.ACCOUNT));
		CurrentUser admin = signedUp.admin();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
				admin.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			Map<String, UUID> staff = new LinkedHashMap<>();
			staff.put(admin.email(), admin.userId());
			for (DemoPerson person : STAFF) {
				var user = this.users.create(admin,
						new UserProfile(person.email(), person.name(), person.roles(), null), demo.password());
				staff.put(user.getEmail(), user.getId());
			}
			this.events.publishEvent(new DemoWorkspaceCreated(admin, staff));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
