package dev.aorhub.workspace;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role rule is one meta-annotation; these are the role sets they stand for.
 */
class RoleAnnotationsTests {

	@Test
	void editorsAreEveryStaffRoleButViewers() {
		assertThat(expression(CanEdit.class))
			.isEqualTo("hasAnyRole('ADMIN','ACCOUNT','STRATEGY','CREATIVE','MEDIA','FINANCE','NEW_BUSINESS')");
	}

	@Test
	void approversAreAdminAccountAndFinance() {
		assertThat(expression(CanApprove.class)).isEqualTo("hasAnyRole('ADMIN','ACCOUNT','FINANCE')");
	}

	@Test
	void pricesAreForAdminAndFinance() {
		assertThat(expression(CanPrice.class)).isEqualTo("hasAnyRole('ADMIN','FINANCE')");
	}

	@Test
	void administrationIsForAdmins() {
		assertThat(expression(AdminOnly.class)).isEqualTo("hasRole('ADMIN')");
	}

	private static String expression(Class<? extends Annotation> annotation) {
		return MergedAnnotations.from(annotation).get(PreAuthorize.class).getString("value");
	}

}
