package dev.aorhub.clients.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.application.BrandRequest;
import dev.aorhub.clients.application.BrandService;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.clients.application.ClientRequest.CompetitorEntry;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ContactRequest;
import dev.aorhub.clients.application.ContactService;
import dev.aorhub.clients.domain.BillingAddress;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.Contact;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo agency's clients: a dozen advertisers in different industries, with brands,
 * competitors (two beverage companies compete) and people at every level. Made through
 * the services, in the seeding transaction, so the audit log tells the story too; the
 * relationships module's demo data (order 20) builds on these clients.
 */
@Component
class ClientDemoData {

	record DemoClient(String name, String legalName, String industry, String website, String currency, int terms,
			ClientStatus status, List<String> tags, String notes, BillingAddress address, List<String> brands,
			List<String> otherCompetitors, List<DemoContact> contacts) {
	}

	/** {@code reportsTo} names an earlier contact of the same client. */
	record DemoContact(String name, String title, ContactLevel level, String reportsTo, boolean primary,
			boolean active) {

		static DemoContact of(String name, String title, ContactLevel level, String reportsTo) {
			return new DemoContact(name, title, level, reportsTo, false, true);
		}

		static DemoContact primary(String name, String title, ContactLevel level, String reportsTo) {
			return new DemoContact(name, title, level, reportsTo, true, true);
		}

		static DemoContact inactive(String name, String title, ContactLevel level, String reportsTo) {
			return new DemoContact(name, title, level, reportsTo, false, false);
		}

	}

	/** Pairs of clients that compete with each other. */
	static final List<List<String>> RIVALS = List.of(List.of("Summit Springs", "Fizzwell"),
			List.of("Burger Republic", "Harvest Table Foods"), List.of("Ledgerline", "Shieldstone Insurance"));

	static final List<DemoClient> CLIENTS = List.of(new DemoClient("Northwind Outfitters", "Northwind Outfitters, Inc.",
			"Retail", "https://northwind-outfitters.example", "USD", 45, ClientStatus.ACTIVE,
			List.of("key account", "North America", "retainer"),
			"Outdoor apparel chain, 310 stores. Buys media centrally; the CMO wants one agency for creative and media.",
			new BillingAddress("1200 Harbor Way", "Floor 9", "Seattle", "WA", "98101", "United States"),
			List.of("Northwind Trail", "Northwind Kids"), List.of("Ridgeline Sports"),
			List.of(DemoContact.of("Laura Bennett", "Chief Marketing Officer", ContactLevel.EXECUTIVE, null),
					DemoContact.primary("Kevin Walsh", "VP Brand Marketing", ContactLevel.SENIOR, "Laura Bennett"),
					DemoContact.of("Mia Torres", "Media Manager", ContactLevel.MANAGER, "Kevin Walsh"),
					DemoContact.of("Jake Fisher", "Marketing Coordinator", ContactLevel.WORKING, "Mia Torres"))),
			new DemoClient("Harvest Table Foods", "Harvest Table Foods Company", "Consumer packaged goods",
					"https://harvesttable.example", "USD", 60, ClientStatus.ACTIVE, List.of("key account", "CPG"),
					"Packaged breakfast and snacks. Three brands, each with its own brand manager.",
					new BillingAddress("88 Mill Street", null, "Minneapolis", "MN", "55401", "United States"),
					List.of("Harvest Table", "Morning Crunch", "Little Sprouts"), List.of(),
					List.of(DemoContact.of("Robert Hayes", "Chief Growth Officer", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Anna Kowalski", "Director of Marketing", ContactLevel.SENIOR,
									"Robert Hayes"),
							DemoContact.of("Chris Dunn", "Brand Manager, Morning Crunch", ContactLevel.MANAGER,
									"Anna Kowalski"),
							DemoContact.of("Nadia Perez", "Brand Manager, Little Sprouts", ContactLevel.MANAGER,
									"Anna Kowalski"))),
			new DemoClient("Volta Motors", "Volta Motors Corporation", "Automotive", "https://voltamotors.example",
					"USD", 60, ClientStatus.ACTIVE, List.of("EV", "global"),
					"Electric vehicles; launching a compact SUV next spring. Procurement runs every agency review.",
					new BillingAddress("500 Electric Avenue", null, "Detroit", "MI", "48226", "United States"),
					List.of("Volta EV", "Volta Fleet"), List.of("Ampere Auto"),
					List.of(DemoContact.of("Stefan Richter", "Global CMO", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Emily Carter", "Head of Marketing, North America", ContactLevel.SENIOR,
									"Stefan Richter"),
							DemoContact.of("Paul Nguyen", "Procurement Director", ContactLevel.SENIOR, null),
							DemoContact.of("Zoe Adams", "Digital Marketing Manager", ContactLevel.MANAGER,
									"Emily Carter"))),
			new DemoClient("Ledgerline", "Ledgerline Financial Technologies Ltd.", "Fintech",
					"https://ledgerline.example", "USD", 30, ClientStatus.ACTIVE, List.of("performance", "new logo"),
					"Payments app for small businesses; measures everything on cost per acquisition.", null, List.of(),
					List.of("Coinbridge"),
					List.of(DemoContact.primary("Olivia Grant", "VP Growth", ContactLevel.SENIOR, null),
							DemoContact.of("Ethan Brooks", "Performance Marketing Lead", ContactLevel.MANAGER,
									"Olivia Grant"))),
			new DemoClient("Meridian Health Partners", "Meridian Health Partners, LLC", "Healthcare",
					"https://meridianhealth.example", "USD", 45, ClientStatus.ACTIVE, List.of("regulated"),
					"Hospital network in the Southeast. Every claim goes through medical and legal review.",
					new BillingAddress("2 Meridian Plaza", null, "Atlanta", "GA", "30303", "United States"), List.of(),
					List.of(),
					List.of(DemoContact.of("Dr. Karen Liu", "Chief Experience Officer", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Marcus Johnson", "Director of Communications", ContactLevel.SENIOR,
									"Dr. Karen Liu"),
							DemoContact.of("Tanya Brooks", "Community Outreach Manager", ContactLevel.MANAGER,
									"Marcus Johnson"))),
			new DemoClient("Bluewave Travel", "Bluewave Travel Group plc", "Travel", "https://bluewave-travel.example",
					"GBP", 30, ClientStatus.ACTIVE, List.of("EMEA", "seasonal"),
					"Package holidays; two thirds of the budget goes out between January and March.",
					new BillingAddress("14 Quay Street", null, "Manchester", null, "M3 3HN", "United Kingdom"),
					List.of("Bluewave Escapes"), List.of(),
					List.of(DemoContact.of("Sophie Turner", "Marketing Director", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("James Whitaker", "Head of Digital", ContactLevel.SENIOR,
									"Sophie Turner"),
							DemoContact.inactive("Lucy Evans", "Social Media Manager", ContactLevel.MANAGER,
									"James Whitaker"))),
			new DemoClient("Crestline Mobile", "Crestline Communications Inc.", "Telecom",
					"https://crestlinemobile.example", "USD", 60, ClientStatus.ACTIVE, List.of("key account"),
					"Regional carrier; switching-season offers every quarter.", null, List.of(),
					List.of("Nova Wireless"),
					List.of(DemoContact.of("Richard Moore", "SVP Marketing", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Hannah Lee", "Director, Brand and Media", ContactLevel.SENIOR,
									"Richard Moore"),
							DemoContact.of("Victor Ramos", "Media Planning Manager", ContactLevel.MANAGER,
									"Hannah Lee"),
							DemoContact.of("Grace Park", "Media Analyst", ContactLevel.WORKING, "Victor Ramos"))),
			new DemoClient("Summit Springs", "Summit Springs Beverage Co.", "Beverages",
					"https://summitsprings.example", "USD", 45, ClientStatus.ACTIVE, List.of("key account", "retainer"),
					"Sparkling water and cold brew. Our longest-standing AOR client.",
					new BillingAddress("77 Alpine Road", null, "Denver", "CO", "80202", "United States"),
					List.of("Summit Sparkling", "Alpine Cold Brew"), List.of(),
					List.of(DemoContact.of("Michael Ross", "Chief Marketing Officer", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Jennifer Wu", "VP Marketing", ContactLevel.SENIOR, "Michael Ross"),
							DemoContact.of("Daniel Kim", "Brand Manager, Summit Sparkling", ContactLevel.MANAGER,
									"Jennifer Wu"),
							DemoContact.of("Priya Nair", "Assistant Brand Manager", ContactLevel.WORKING,
									"Daniel Kim"))),
			new DemoClient("Fizzwell", "Fizzwell Drinks Ltd.", "Beverages", "https://fizzwell.example", "USD", 30,
					ClientStatus.PROSPECT, List.of("pitch"),
					"In an agency review for creative. Competes head-on with Summit Springs: check conflicts first.",
					null, List.of(), List.of(),
					List.of(DemoContact.primary("Carlos Mendez", "Head of Brand", ContactLevel.SENIOR, null),
							DemoContact.of("Amy Chen", "Marketing Manager", ContactLevel.MANAGER, "Carlos Mendez"))),
			new DemoClient("Atelier Noir", "Atelier Noir SAS", "Fashion", "https://ateliernoir.example", "EUR", 30,
					ClientStatus.FORMER, List.of("EMEA", "luxury"),
					"Luxury fashion house. Moved creative in-house last year; keep in touch for media.",
					new BillingAddress("21 Rue du Faubourg", null, "Paris", null, "75008", "France"), List.of(),
					List.of(),
					List.of(DemoContact.primary("Claire Dubois", "Directrice Marketing", ContactLevel.EXECUTIVE, null),
							DemoContact.of("Julien Martin", "Digital Manager", ContactLevel.MANAGER, "Claire Dubois"))),
			new DemoClient("Cloudpeak Software", "Cloudpeak Software, Inc.", "SaaS", "https://cloudpeak.example", "USD",
					30, ClientStatus.ACTIVE, List.of("B2B", "performance"),
					"Project-management SaaS; pipeline and demo requests are the KPIs that matter.", null, List.of(),
					List.of("Stratus CRM"),
					List.of(DemoContact.of("Nathan Price", "CMO", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Rachel Green", "Director of Demand Generation", ContactLevel.SENIOR,
									"Nathan Price"),
							DemoContact.of("Tom Alvarez", "Marketing Operations Specialist", ContactLevel.WORKING,
									"Rachel Green"))),
			new DemoClient("Burger Republic", "Burger Republic Restaurants, Inc.", "Quick-service restaurants",
					"https://burgerrepublic.example", "USD", 45, ClientStatus.ACTIVE,
					List.of("key account", "franchise"),
					"820 franchised restaurants; the franchisee ad fund co-funds every national campaign.",
					new BillingAddress("9 Republic Square", null, "Dallas", "TX", "75201", "United States"),
					List.of("Republic Express"), List.of("Patty Palace"),
					List.of(DemoContact.of("Diane Foster", "Chief Brand Officer", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Greg Simmons", "VP Advertising", ContactLevel.SENIOR, "Diane Foster"),
							DemoContact.of("Lisa Ortiz", "Franchise Marketing Manager", ContactLevel.MANAGER,
									"Greg Simmons"))),
			new DemoClient("Shieldstone Insurance", "Shieldstone Mutual Insurance Company", "Insurance",
					"https://shieldstone.example", "USD", 60, ClientStatus.ACTIVE, List.of("regulated", "retainer"),
					"Auto and home insurance. Quarterly business reviews with the CMO.", null, List.of(), List.of(),
					List.of(DemoContact.of("William Clarke", "Chief Marketing Officer", ContactLevel.EXECUTIVE, null),
							DemoContact.primary("Monica Reyes", "Director of Advertising", ContactLevel.SENIOR,
									"William Clarke"),
							DemoContact.of("Owen Hughes", "Digital Media Manager", ContactLevel.MANAGER,
									"Monica Reyes"),
							DemoContact.of("Ella Scott", "Marketing Associate", ContactLevel.WORKING, "Owen Hughes"))));

	private final ClientService clients;

	private final ContactService contacts;

	private final BrandService brands;

	ClientDemoData(ClientService clients, ContactService contacts, BrandService brands) {
		this.clients = clients;
		this.contacts = contacts;
		this.brands = brands;
	}

	@EventListener
	@Order(10)
	void onDemoWorkspaceCreated(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		Map<String, UUID> ids = new HashMap<>();
		for (DemoClient demo : CLIENTS) {
			List<CompetitorEntry> competitors = new ArrayList<>();
			demo.otherCompetitors().forEach((name) -> competitors.add(new CompetitorEntry(null, name)));
			Client client = this.clients.create(admin,
					new ClientRequest(demo.name(), demo.legalName(), demo.industry(), demo.website(),
							ClientRequest.Address.of(demo.address()), demo.currency(), demo.terms(), demo.status(),
							demo.tags(), demo.notes(), competitors, null),
					List.of());
			ids.put(demo.name(), client.getId());
			demo.brands()
				.forEach(
						(brand) -> this.brands.create(admin, client.getId(), new BrandRequest(brand, null), List.of()));
			Map<String, UUID> people = new HashMap<>();
			for (DemoContact person : demo.contacts()) {
				Contact contact = this.contacts.create(admin, client.getId(),
						new ContactRequest(person.name(), email(person.name(), demo.website()), phone(people.size()),
								person.title(), person.level(), person.primary(), people.get(person.reportsTo()),
								person.active(), null, null),
						List.of());
				people.put(person.name(), contact.getId());
			}
		}
		for (List<String> pair : RIVALS) {
			addCompetitor(admin, ids.get(pair.get(0)), ids.get(pair.get(1)));
		}
	}

	/** Adds a competitor that is one of our clients, keeping the ones already listed. */
	private void addCompetitor(CurrentUser admin, UUID clientId, UUID competitorId) {
		Client client = this.clients.get(admin, clientId);
		ClientRequest current = ClientRequest.of(client);
		List<CompetitorEntry> competitors = new ArrayList<>(current.competitors());
		competitors.add(new CompetitorEntry(competitorId, null));
		this.clients.update(admin, clientId, current.withCompetitors(competitors), List.of());
	}

	static String email(String name, String website) {
		String domain = website.substring(website.indexOf("//") + 2);
		String local = name.toLowerCase(Locale.ROOT)
			.replace("dr. ", "")
			.replaceAll("[^a-z ]", "")
			.strip()
			.replace(' ', '.');
		return local + "@" + domain;
	}

	private static String phone(int index) {
		return "+1 555 01" + String.format("%02d", 10 + index * 7 % 90);
	}

}
