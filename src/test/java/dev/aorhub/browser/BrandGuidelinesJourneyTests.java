package dev.aorhub.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A brand manager writes a brand's guidelines from the client page: two colours, fonts, a
 * tone of voice, a do and a don't, a wrong hex corrected beside its field, then a logo,
 * and sees them on the guidelines page and as swatches on the client page.
 */
class BrandGuidelinesJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Saffron-Harbour-Kettle-73";

	@Test
	void writesABrandsGuidelinesCorrectsABadColourAndAddsALogo() throws Exception {
		String email = "brand-" + UUID.randomUUID() + "@meridian.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Meridian & Co", "email", email, "name", "Robin Vale", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String clientId = api("POST", "/api/v1/clients", token,
				Map.of("name", "Lumen Coffee", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		api("POST", "/api/v1/clients/" + clientId + "/brands", token, Map.of("name", "Lumen Cold Brew"));

		signIn(email, PASSWORD);
		this.page.navigate(url("/clients/" + clientId));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write them")).click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/guidelines/edit$"));

		this.page.getByLabel("Colour 1 name").fill("Roast brown");
		this.page.getByLabel("Hex").first().fill("#4a2c1d");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a colour")).click();
		this.page.getByLabel("Colour 2 name").fill("Cream");
		this.page.getByLabel("Hex").nth(1).fill("cream");
		this.page.getByLabel("Heading font").fill("Fraunces, bold");
		this.page.getByLabel("Body font").fill("Work Sans, regular");
		this.page.getByLabel("Tone of voice").fill("Slow, warm and unhurried; we talk like baristas, not chemists.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a do").setExact(true)).click();
		this.page.getByLabel("Do 1", new Page.GetByLabelOptions().setExact(true)).fill("Show the pour, close up");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a don't")).click();
		this.page.getByLabel("Don't 1", new Page.GetByLabelOptions().setExact(true))
			.fill("Use ice cubes in product shots");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the guidelines")).click();

		assertThat(this.page.locator(".invalid-feedback:visible")).containsText("must be a hex colour");
		assertThat(this.page.getByLabel("Do 1", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Show the pour, close up");
		screenshot("brand-guidelines-form-error");
		this.page.getByLabel("Hex").nth(1).fill("#f4ead5");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the guidelines")).click();

		assertThat(this.page.locator(".flashes")).containsText("Saved the guidelines of Lumen Cold Brew");
		assertThat(this.page.locator(".brand-swatches")).containsText("#4A2C1D");
		assertThat(this.page.locator(".brand-swatches")).containsText("Cream");

		Path logo = Files.createTempFile("lumen-logo", ".png");
		BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 240, 80);
		g.setColor(new Color(0x4A2C1D));
		g.fillOval(10, 10, 60, 60);
		g.dispose();
		ImageIO.write(image, "png", logo.toFile());
		this.page.getByLabel("File").setInputFiles(logo);
		this.page.getByLabel("Caption").fill("Primary logo on white");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the file")).click();
		assertThat(this.page.locator("#files")).containsText("Primary logo on white");
		assertThat(this.page.locator("#files img")).hasCount(1);
		screenshot("brand-guidelines");

		this.page.navigate(url("/clients/" + clientId));
		assertThat(this.page.locator(".brand-chip")).hasCount(2);
		screenshot("brand-guidelines-client-card");
	}

}
