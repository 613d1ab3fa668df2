package dev.aorhub.planning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.domain.PlanContent.AudienceSegment;
import dev.aorhub.planning.domain.PlanContent.CompetitorAnalysis;
import dev.aorhub.planning.domain.PlanContent.Milestone;
import dev.aorhub.planning.domain.PlanContent.ResearchNote;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.IllegalStateChangeException;
import dev.aorhub.workspace.AuditedChange;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategicPlanTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static PlanContent content(String title) {
		return new PlanContent(UUID.randomUUID(), UUID.randomUUID(), title,
				List.of(new ResearchNote("Category grew 6%", "Mintel")),
				List.of(new CompetitorAnalysis("Rivalco", "Value leader", "Reach", "Dated", new BigDecimal("32.50"),
						"Cut prices")),
				List.of(new AudienceSegment("Families", "Time-poor", "2.4M", SegmentPriority.HIGH,
						List.of("Social", " Social ", "Search"))),
				List.of("Lift awareness to 25%"), List.of(new Milestone(UUID.randomUUID(), "Launch",
						LocalDate.of(2027, 3, 1), null, MilestoneStatus.PLANNED)));
	}

	private static StrategicPlan draft() {
		return new StrategicPlan(WORKSPACE, content("Brand strategy"), StrategicPlanStatus.DRAFT, UUID.randomUUID(),
				NOW);
	}

	private static List<String> actions(StrategicPlan plan) {
		java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(plan, "domainEvents");
		return events.stream().map((e) -> ((AuditedChange) e).auditEntry().action()).toList();
	}

	@Test
	void aPlanIsDraftedSharedAndApproved() {
		StrategicPlan plan = draft();
		UUID approver = UUID.randomUUID();
		plan.share(NOW);
		plan.approve(approver, NOW.plusSeconds(60));
		assertThat(plan.getStatus()).isEqualTo(StrategicPlanStatus.APPROVED);
		assertThat(plan.getSharedAt()).isEqualTo(NOW);
		assertThat(plan.getApprovedBy()).isEqualTo(approver);
		assertThat(actions(plan)).containsExactly("CREATED", "SHARED", "APPROVED");
	}

	@Test
	void aDraftIsNotApprovedBeforeItIsShared() {
		assertThatThrownBy(() -> draft().approve(UUID.randomUUID(), NOW))
			.isInstanceOf(IllegalStateChangeException.class);
	}

	@Test
	void editingASharedPlanMakesItADraftAgain() {
		StrategicPlan plan = draft();
		plan.share(NOW);
		plan.revise(content("Brand strategy, revised"));
		assertThat(plan.getStatus()).isEqualTo(StrategicPlanStatus.DRAFT);
		assertThat(plan.getSharedAt()).isNull();
		assertThat(actions(plan)).containsExactly("CREATED", "SHARED", "UPDATED");
	}

	@Test
	void anApprovedPlanIsLocked() {
		StrategicPlan plan = draft();
		plan.share(NOW);
		plan.approve(UUID.randomUUID(), NOW);
		assertThatThrownBy(() -> plan.revise(content("Changed"))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("locked");
		assertThatThrownBy(() -> plan.share(NOW)).isInstanceOf(IllegalStateChangeException.class);
	}

	@Test
	void aNewVersionCopiesEverythingAsTheNextDraft() {
		StrategicPlan plan = draft();
		plan.share(NOW);
		plan.approve(UUID.randomUUID(), NOW);
		StrategicPlan next = plan.nextVersion();
		assertThat(next.getId()).isNotEqualTo(plan.getId());
		assertThat(next.getPlanVersion()).isEqualTo(2);
		assertThat(next.getStatus()).isEqualTo(StrategicPlanStatus.DRAFT);
		assertThat(next.getPreviousPlanId()).isEqualTo(plan.getId());
		assertThat(next.getLineageId()).isEqualTo(plan.getLineageId()).isEqualTo(plan.getId());
		assertThat(next.content()).isEqualTo(plan.content());
		assertThat(next.getApprovedAt()).isNull();
		assertThat(actions(next)).containsExactly("CREATED");
		assertThat(plan.getStatus()).isEqualTo(StrategicPlanStatus.APPROVED);
	}

	@Test
	void aDraftIsEditedInsteadOfVersioned() {
		assertThatThrownBy(() -> draft().nextVersion()).isInstanceOf(ConflictException.class)
			.hasMessageContaining("still a draft");
	}

	@Test
	void aSegmentsChannelsAreTrimmedAndListedOnce() {
		assertThat(draft().segments().get(0).channels()).containsExactly("Social", "Search");
	}

	@Test
	void aPlanBroughtInApprovedCarriesItsApproval() {
		UUID actor = UUID.randomUUID();
		StrategicPlan plan = new StrategicPlan(WORKSPACE, content("Inherited plan"), StrategicPlanStatus.APPROVED,
				actor, NOW);
		assertThat(plan.getApprovedBy()).isEqualTo(actor);
		assertThat(plan.getSharedAt()).isEqualTo(NOW);
	}

	@Test
	void archivingTwiceTellsOnce() {
		StrategicPlan plan = draft();
		plan.archive();
		plan.archive();
		assertThat(actions(plan)).containsExactly("CREATED", "ARCHIVED");
	}

}
