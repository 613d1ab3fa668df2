package dev.aorhub.workspace.security;

import java.time.Duration;

import javax.sql.DataSource;

import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.workspace.idempotency.IdempotencyFilter;
import dev.aorhub.workspace.idempotency.IdempotentRequests;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one place security is declared: the operator's token for the actuator's metrics,
 * bearer tokens for {@code /api}, form login with remember-me, passkeys, the second
 * factor's step and CSRF for the pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Only our own scripts run; styles may be inline for third-party pages such as
	 * Swagger UI.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The policy of an uploaded file served for viewing (a creative version): nothing in
	 * it runs, and only our own pages may frame it (a PDF in the browser's viewer).
	 */
	static final String FILE_POLICY = "default-src 'self'; script-src 'none'; frame-ancestors 'self'";

	/** Creative versions shown inside our pages: the app's own and a review link's. */
	static final RequestMatcher FRAMED_FILES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/assets/*/versions/*/file"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/review/*/file"));

	static final String[] STAFF_ROLES = java.util.Arrays.stream(Role.values())
		.filter(Role::isStaff)
		.map(Role::name)
		.toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, and older hashes keep working if the default ever changes.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	/**
	 * The actuator: health and info for anyone (load balancers, probes); metrics and the
	 * Prometheus scrape, which cover every workspace, only for the operator's token
	 * ({@code aorhub.operator.token}). A workspace admin's token answers 403.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operatorSecurity(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
			WorkspaceProperties properties) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyRequest()
						.hasRole(OperatorTokenFilter.ROLE))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new OperatorTokenFilter(properties.operator().token()), BasicAuthenticationFilter.class)
			.addFilterAfter(new BearerTokenAuthenticationFilter(tokens, problems), OperatorTokenFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
			IdempotentRequests idempotentRequests) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/auth/tokens")
						.permitAll()
						.requestMatchers("/api/v1/me")
						.authenticated()
						.anyRequest()
						.hasAnyRole(STAFF_ROLES))
			// Bearer tokens are not sent automatically by browsers, so CSRF cannot forge
			// them.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new BearerTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new IdempotencyFilter(idempotentRequests, problems::write), AuthorizationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * Client review links ({@code /review/<token>}): whoever holds a link's URL may see
	 * that one asset and approve it or ask for changes, with no account. The signed token
	 * in the URL is the only credential, so there is no sign-in, no session (nothing here
	 * creates one or reads one) and no CSRF token: CSRF forges requests that ride on a
	 * credential the browser adds by itself (a cookie), and this chain has none; a forger
	 * would need the URL, which is the credential. The token never leaves in a Referer
	 * header.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain reviewLinkSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/review/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(
					new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> framedFilesAllowed(headers)
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, UserLoader users, DataSource dataSource,
			ProblemResponses problems, SecondFactors secondFactors) throws Exception {
		SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		var tokenRepository = new JdbcTokenRepositoryImpl();
		tokenRepository.setDataSource(dataSource);
		var rememberMe = new SessionCookies.RememberMeServices(java.util.UUID.randomUUID().toString(), users,
				tokenRepository);
		rememberMe.setTokenValiditySeconds((int) Duration.ofDays(30).toSeconds());
		rememberMe.setParameter(SessionCookies.REMEMBER_ME);

		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/signup", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**",
					"/webjars/**")
			.permitAll()
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// Costs are finance's too, as the API's @CanPrice grants them.
			.requestMatchers("/admin/cost-rates", "/admin/cost-rates/**")
			.hasAnyRole(Role.ADMIN.name(), Role.FINANCE.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/portal/**")
			.hasRole(Role.CLIENT.name())
			// The code page and passkeys are every user's, portal users' too.
			.requestMatchers("/account/**", "/login/code", "/webauthn/**")
			.authenticated()
			.anyRequest()
			.hasAnyRole(STAFF_ROLES))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(landingPage())
				.failureHandler(loginFailure())
				.permitAll())
			.rememberMe((remember) -> remember.rememberMeServices(rememberMe))
			// Passkeys: the relying party is PasskeyConfiguration's bean; our own pages
			// and script (/js/passkeys.js) register and sign in.
			.webAuthn((passkeys) -> passkeys.disableDefaultRegistrationPage(true))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.addFilterAfter(new ActiveUserFilter(users, contexts), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new SecondFactorFilter(users, secondFactors, contexts), ActiveUserFilter.class)
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(loggedAccessDenied(problems)))
			.headers((headers) -> framedFilesAllowed(headers)
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * The pages' CSP and frame options, except for the files our own pages frame: those
	 * get {@link #FILE_POLICY} and may be framed by the same origin only.
	 */
	private static org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> framedFilesAllowed(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		RequestMatcher pages = new NegatedRequestMatcher(FRAMED_FILES);
		return headers.frameOptions((frames) -> frames.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(pages,
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(pages,
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(FRAMED_FILES,
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(FRAMED_FILES,
					new ContentSecurityPolicyHeaderWriter(FILE_POLICY)));
	}

	/** Client users land on their portal; staff on the page they asked for, or home. */
	private static AuthenticationSuccessHandler landingPage() {
		var staff = new SavedRequestAwareAuthenticationSuccessHandler();
		staff.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			if (authentication.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals("ROLE_CLIENT"))) {
				response.sendRedirect(request.getContextPath() + "/portal");
				return;
			}
			staff.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** The error page's 403, logged like the API's. */
	private static AccessDeniedHandler loggedAccessDenied(ProblemResponses problems) {
		var errorPage = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			problems.recordRefusal(SecurityLog.Kind.ACCESS_DENIED, request);
			errorPage.handle(request, response, exception);
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			String reason = (exception instanceof LockedException) ? "locked"
					: (exception instanceof DisabledException) ? "disabled" : "bad";
			if (exception instanceof LockedException) {
				request.getSession().setAttribute("loginLockMessage", exception.getMessage());
			}
			response.setStatus(HttpServletResponse.SC_FOUND);
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

}
