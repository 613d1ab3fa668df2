package dev.aorhub.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives every page with a form the limits of its fields. */
@Configuration(proxyBeanMethods = false)
class FormsWebConfiguration implements WebMvcConfigurer {

	private final FieldLimits limits;

	FormsWebConfiguration(FieldLimits limits) {
		this.limits = limits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.limits).excludePathPatterns("/api/**");
	}

}
