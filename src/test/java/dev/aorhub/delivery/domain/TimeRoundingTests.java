package dev.aorhub.delivery.domain;

import dev.aorhub.delivery.domain.TimeRounding.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimeRoundingTests {

	@Test
	void sevenMinutesOnAFifteenMinuteUpRuleBillFifteen() {
		TimeRounding up15 = new TimeRounding(15, Mode.UP);
		assertThat(up15.apply(7)).isEqualTo(15);
		assertThat(up15.apply(15)).isEqualTo(15);
		assertThat(up15.apply(16)).isEqualTo(30);
		assertThat(up15.apply(1)).isEqualTo(15);
	}

	@Test
	void nearestRoundsAHalfUpAndNeverRoundsTimeToNothing() {
		TimeRounding nearest15 = new TimeRounding(15, Mode.NEAREST);
		// 7 minutes is less than half of 15, but logged work is never billed as 0.
		assertThat(nearest15.apply(7)).isEqualTo(15);
		assertThat(nearest15.apply(1)).isEqualTo(15);
		assertThat(nearest15.apply(22)).isEqualTo(15);
		assertThat(nearest15.apply(23)).isEqualTo(30);
		assertThat(nearest15.apply(37)).isEqualTo(30);
		assertThat(nearest15.apply(38)).isEqualTo(45);
	}

	@Test
	void sixMinuteRulesBillTenthsOfAnHour() {
		TimeRounding up6 = new TimeRounding(6, Mode.UP);
		assertThat(up6.apply(7)).isEqualTo(12);
		assertThat(up6.apply(60)).isEqualTo(60);
		assertThat(up6.apply(61)).isEqualTo(66);
		TimeRounding nearest6 = new TimeRounding(6, Mode.NEAREST);
		assertThat(nearest6.apply(8)).isEqualTo(6);
		assertThat(nearest6.apply(9)).as("exactly half of 6 rounds up").isEqualTo(12);
		assertThat(nearest6.apply(2)).isEqualTo(6);
	}

	@Test
	void thirtyMinuteRules() {
		assertThat(new TimeRounding(30, Mode.UP).apply(31)).isEqualTo(60);
		assertThat(new TimeRounding(30, Mode.NEAREST).apply(44)).isEqualTo(30);
		assertThat(new TimeRounding(30, Mode.NEAREST).apply(45)).isEqualTo(60);
		assertThat(new TimeRounding(30, Mode.UP).apply(1440)).isEqualTo(1440);
	}

	@Test
	void noRuleKeepsTheMinutes() {
		assertThat(TimeRounding.NONE.apply(7)).isEqualTo(7);
		assertThat(new TimeRounding(0, Mode.NEAREST).apply(59)).isEqualTo(59);
	}

	@Test
	void onlyTheIncrementsASowMayUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeRounding(10, Mode.UP));
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeRounding(15, null));
	}

	@Test
	void theSqlFormIsTheSameArithmetic() {
		assertThat(new TimeRounding(15, Mode.UP).sql("minutes")).isEqualTo("((minutes + 14) / 15) * 15");
		assertThat(new TimeRounding(6, Mode.NEAREST).sql("minutes")).isEqualTo("GREATEST(6, ((minutes + 3) / 6) * 6)");
		assertThat(TimeRounding.NONE.sql("minutes")).isEqualTo("minutes");
	}

}
