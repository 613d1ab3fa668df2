package dev.aorhub.shared.web;

import java.time.Duration;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves exactly the static folders the pages link to, in place of Spring Boot's
 * {@code /**} mapping ({@code spring.web.resources.add-mappings=false}).
 * <p>
 * With the webjars locator on the classpath the resource chain is on, so every link a
 * template writes ({@code @{/clients/{id}}} as much as {@code @{/css/app.css}}) passes
 * through the resource URL provider. Under {@code /**} each of a page's hundred links was
 * looked up in every static location of every jar, and misses are never cached: that was
 * nine tenths of a page's CPU. Under these patterns a link that is not a static file
 * matches none and costs a string comparison.
 * <p>
 * What Boot's mapping did is kept: the cache settings of
 * {@code spring.web.resources.cache}, the chain's cache, and webjar links written with
 * their version ({@code /webjars/bootstrap/dist/...} becomes
 * {@code /webjars/bootstrap/5.3.8/dist/...}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	/** The folders of {@code src/main/resources/static}, and the webjars. */
	static final String[][] MAPPINGS = { { "/css/**", "classpath:/static/css/" }, { "/js/**", "classpath:/static/js/" },
			{ "/img/**", "classpath:/static/img/" }, { "/webjars/**", "classpath:/META-INF/resources/webjars/" } };

	private final WebProperties.Resources resources;

	StaticResourcesConfiguration(WebProperties properties) {
		this.resources = properties.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		WebProperties.Resources.Cache cache = this.resources.getCache();
		Duration period = cache.getPeriod();
		for (String[] mapping : MAPPINGS) {
			ResourceHandlerRegistration registration = registry.addResourceHandler(mapping[0])
				.addResourceLocations(mapping[1]);
			if (period != null) {
				registration.setCachePeriod((int) period.getSeconds());
			}
			registration.setCacheControl(cache.getCachecontrol().toHttpCacheControl());
			registration.setUseLastModified(cache.isUseLastModified());
			// Adds the webjars' version resolver and caches what it resolved.
			registration.resourceChain(this.resources.getChain().isCache());
		}
	}

}
