package dev.aorhub.workspace.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorTokenFilterTests {

	@Test
	void withoutAConfiguredTokenNobodyIsTheOperator() {
		for (String configured : new String[] { null, "", "   " }) {
			OperatorTokenFilter filter = new OperatorTokenFilter(configured);
			assertThat(filter.isOperator("Bearer ")).isFalse();
			assertThat(filter.isOperator("Bearer    ")).isFalse();
			assertThat(filter.isOperator(null)).isFalse();
		}
	}

	@Test
	void onlyTheConfiguredTokenAsBearerIsTheOperator() {
		OperatorTokenFilter filter = new OperatorTokenFilter("s3cret-operator-token");

		assertThat(filter.isOperator("Bearer s3cret-operator-token")).isTrue();
		assertThat(filter.isOperator("bearer  s3cret-operator-token ")).isTrue();
		assertThat(filter.isOperator("Bearer s3cret-operator-toke")).isFalse();
		assertThat(filter.isOperator("Bearer s3cret-operator-token2")).isFalse();
		assertThat(filter.isOperator("Basic s3cret-operator-token")).isFalse();
		assertThat(filter.isOperator("s3cret-operator-token")).isFalse();
	}

}
