package dev.aorhub.delivery.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.delivery.application.BrandGuidelineRequest;
import dev.aorhub.delivery.application.BrandGuidelineRequest.ColourInput;
import dev.aorhub.delivery.application.BrandGuidelineRequest.RuleInput;
import dev.aorhub.delivery.application.BrandGuidelineService;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo clients' brand guidelines: a palette, type, a tone of voice, do and don't
 * rules and a logo for the first brands, so creative under review has something to be
 * checked against. Brands further down the list are left without, as agencies find them.
 */
@Component
class BrandGuidelinesDemoData {

	private static final Logger log = LoggerFactory.getLogger(BrandGuidelinesDemoData.class);

	/** How many brands get guidelines; the rest show the empty state. */
	static final int WRITTEN = 8;

	private record Palette(List<ColourInput> colours, String headingFont, String bodyFont, String tone,
			List<String> dos, List<String> donts) {
	}

	private static final List<Palette> PALETTES = List
		.of(new Palette(List.of(new ColourInput("Harvest green", "#2E6B3F", "Logo, headlines"),
				new ColourInput("Oat", "#F3E9D2", "Backgrounds"), new ColourInput("Tomato", "#D9472B", "Offers only"),
				new ColourInput("Charcoal", "#2B2B2B", "Body text")), "Recoleta, semibold", "Source Sans 3, regular",
				"Warm and down to earth, like a neighbour who cooks well. Short sentences, real ingredients, no jargon.",
				List.of("Show real food with visible texture", "Lead with the ingredient, then the benefit"),
				List.of("Use stock imagery of families at tables", "Put the logo on busy photography")),
				new Palette(List.of(new ColourInput("Volt blue", "#0A3D91", "Primary"),
						new ColourInput("Spark", "#29D3FF", "Accents and charts"),
						new ColourInput("Graphite", "#1C1F24", "Text"), new ColourInput("Mist", "#EEF3F8", "Panels")),
						"Space Grotesk, bold", "Inter, regular",
						"Confident and precise. Numbers over adjectives; every claim has its footnote.",
						List.of("Quote range and charging times with their test conditions", "Keep one idea per frame"),
						List.of("Show the car driving on a road without markings", "Use more than two accent colours")),
				new Palette(
						List.of(new ColourInput("Ledger ink", "#14213D", "Primary"),
								new ColourInput("Gold", "#FCA311", "Calls to action"),
								new ColourInput("Paper", "#FFFFFF", "Backgrounds"),
								new ColourInput("Steel", "#8D99AE", "Secondary text")),
						"IBM Plex Serif, semibold", "IBM Plex Sans, regular",
						"Calm and trustworthy: plain English about money, never clever at the customer's expense.",
						List.of("Say what a fee is in the first line", "Use sentence case in headlines"),
						List.of("Promise returns", "Set body text in gold")),
				new Palette(
						List.of(new ColourInput("Ocean", "#005F73", "Primary"),
								new ColourInput("Lagoon", "#0A9396", "Secondary"),
								new ColourInput("Sand", "#E9D8A6", "Backgrounds"),
								new ColourInput("Coral", "#EE9B00", "Accents")),
						"Playfair Display, bold", "Lato, regular",
						"Inviting and sunny; speak to the holiday they are already imagining.",
						List.of("Show people, not empty beaches", "Name the destination in the first three words"),
						List.of("Crop the wave in the logo", "Use prices without the per-person note")));

	private final Clients clients;

	private final BrandGuidelineService guidelines;

	BrandGuidelinesDemoData(Clients clients, BrandGuidelineService guidelines) {
		this.clients = clients;
		this.guidelines = guidelines;
	}

	/** After the clients' demo data (order 10), whose brands these are. */
	@EventListener
	@Order(38)
	void on(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		int written = 0;
		for (ClientSummary client : this.clients.list(admin.workspaceId(), 12)) {
			for (BrandSummary brand : this.clients.brands(admin.workspaceId(), client.id())) {
				if (written >= WRITTEN) {
					break;
				}
				Palette palette = PALETTES.get(written % PALETTES.size());
				this.guidelines.save(admin, brand.id(),
						new BrandGuidelineRequest(palette.colours(), palette.headingFont(), palette.bodyFont(), null,
								palette.tone(), palette.dos().stream().map(RuleInput::new).toList(),
								palette.donts().stream().map(RuleInput::new).toList(), null),
						List.of());
				this.guidelines.addFile(admin, brand.id(), "LOGO", "Primary logo on white",
						brand.name().replaceAll("\\W+", "-").toLowerCase(java.util.Locale.ROOT) + "-logo.png",
						"image/png",
						logo(brand.name(), palette.colours().get(0).hex(), palette.colours().get(1).hex()));
				written++;
			}
		}
		log.info("Demo brand guidelines: {} brands", written);
	}

	/** A simple word mark: a rounded square in the brand's colours beside its name. */
	static byte[] logo(String name, String primary, String secondary) {
		BufferedImage image = new BufferedImage(480, 140, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.decode(primary));
			g.fillRoundRect(20, 20, 100, 100, 28, 28);
			g.setColor(Color.decode(secondary));
			g.setStroke(new BasicStroke(10f));
			g.drawArc(42, 42, 56, 56, 30, 300);
			g.setColor(Color.decode(primary));
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
			String text = (name.length() > 16) ? name.substring(0, 16) : name;
			g.drawString(text, 140, 86);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
