package dev.aorhub.shared.web;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.TableExport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTests {

	private static final Sorting SORTING = Sorting.by("name", "lower(name)")
		.and("email", "email")
		.defaultAscending("name");

	@Test
	void defaultsToTheFirstPageOfFiftySortedByTheDefaultField() {
		PageQuery query = PageQuery.of(null, null, null, null, SORTING);
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(50);
		assertThat(query.q()).isNull();
		assertThat(query.sortField()).isEqualTo("name");
		assertThat(query.ascending()).isTrue();
		assertThat(query.sortExpression()).isEqualTo("lower(name)");
	}

	@Test
	void acceptsSizesFromOneTo500() {
		assertThat(PageQuery.of(0, 1, null, null, SORTING).size()).isEqualTo(1);
		assertThat(PageQuery.of(0, 500, null, null, SORTING).size()).isEqualTo(500);
	}

	@Test
	void rejectsASizeAbove500NamingTheSizeField() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageQuery.of(0, 501, null, null, SORTING))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("size", "must be between 1 and 500")));
	}

	@Test
	void rejectsASizeBelowOne() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PageQuery.of(0, 0, null, null, SORTING))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("size"));
	}

	@Test
	void rejectsANegativePageTogetherWithABadSize() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageQuery.of(-1, 1000, null, null, SORTING))
			.satisfies(
					(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("page", "size"));
	}

	@Test
	void rejectsAnUnknownSortFieldNamingTheAllowedOnes() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageQuery.of(0, 10, null, "password_hash,asc", SORTING))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("sort");
				assertThat(problem.message()).contains("password_hash").contains("name, email");
			}));
	}

	@Test
	void parsesTheSortDirectionIgnoringCase() {
		assertThat(PageQuery.of(0, 10, null, "email,desc", SORTING).ascending()).isFalse();
		assertThat(PageQuery.of(0, 10, null, "email,DESC", SORTING).ascending()).isFalse();
		assertThat(PageQuery.of(0, 10, null, "email,Asc", SORTING).ascending()).isTrue();
		assertThat(PageQuery.of(0, 10, null, " email , desc ", SORTING).sortField()).isEqualTo("email");
	}

	@Test
	void sortsAscendingWhenNoDirectionIsGiven() {
		PageQuery query = PageQuery.of(0, 10, null, "email", SORTING);
		assertThat(query.sortField()).isEqualTo("email");
		assertThat(query.ascending()).isTrue();
		assertThat(query.sortParam()).isEqualTo("email,asc");
	}

	@Test
	void rejectsAnUnknownDirectionOrExtraParts() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageQuery.of(0, 10, null, "email,sideways", SORTING))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("sort"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageQuery.of(0, 10, null, "email,asc,name", SORTING))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("sort"));
	}

	@Test
	void ordersByTheSortExpressionWithTheIdAsTieBreaker() {
		assertThat(PageQuery.of(0, 10, null, null, SORTING).orderBy("u.id")).isEqualTo("lower(name) ASC, u.id ASC");
		assertThat(PageQuery.of(0, 10, null, "email,desc", SORTING).orderBy("id")).isEqualTo("email DESC, id DESC");
	}

	@Test
	void escapesLikeWildcardsInTheSearchText() {
		assertThat(PageQuery.of(0, 10, "50%_Off", null, SORTING).likePattern()).isEqualTo("%50\\%\\_off%");
	}

	@Test
	void escapesTheEscapeCharacterItself() {
		assertThat(PageQuery.of(0, 10, "a\\b", null, SORTING).likePattern()).isEqualTo("%a\\\\b%");
	}

	@Test
	void trimsTheSearchTextAndTreatsBlankAsNone() {
		assertThat(PageQuery.of(0, 10, "  Ada ", null, SORTING).q()).isEqualTo("Ada");
		assertThat(PageQuery.of(0, 10, "   ", null, SORTING).q()).isNull();
		assertThat(PageQuery.of(0, 10, "   ", null, SORTING).likePattern()).isNull();
	}

	@Test
	void computesTheRowOffsetOfAPage() {
		assertThat(PageQuery.of(3, 20, null, null, SORTING).offset()).isEqualTo(60);
	}

	@Test
	void exportsHoldEveryRowUpToTheExportLimit() {
		PageQuery query = PageQuery.forExport("ada", "email,desc", SORTING);
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(TableExport.MAX_ROWS);
		assertThat(query.q()).isEqualTo("ada");
		assertThat(query.orderBy("id")).isEqualTo("email DESC, id DESC");
	}

	@Test
	void refusesADefaultSortFieldThatIsNotSortable() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Sorting.by("name", "name").defaultAscending("email"));
	}

}
