package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.gateway.domain.Actions.Action;
import org.yjhub.gateway.domain.Actions.Status;
import org.yjhub.gateway.domain.Actions.Summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Open, by-status and overdue actions on a given day: the boundaries of "overdue" and of the statuses. */
class ActionsTest {

    static final LocalDate TODAY = LocalDate.of(2021, 9, 9);

    private static Action action(String reference, LocalDate dueDate, String status) {
        return new Action("id-" + reference, "inspection-1", reference, "text " + reference, List.of("YOT Manager"),
                dueDate == null ? "July Strategic Board Agenda Item" : dueDate.toString(), dueDate, status);
    }

    private static List<String> overdue(Summary s) {
        return s.overdue().stream().map(o -> o.action().reference() + ":" + o.daysOverdue()).toList();
    }

    @Test
    void dueTodayIsNotOverdueYesterdayIs() {
        Action today = action("today", TODAY, "GREEN");
        Action yesterday = action("yesterday", TODAY.minusDays(1), "GREEN");
        Action tomorrow = action("tomorrow", TODAY.plusDays(1), "RED");
        assertThat(Actions.isOverdue(today, TODAY)).isFalse();
        assertThat(Actions.isOverdue(yesterday, TODAY)).isTrue();
        assertThat(Actions.isOverdue(tomorrow, TODAY)).isFalse();
        assertThat(overdue(Actions.summarise(List.of(today, yesterday, tomorrow), TODAY))).containsExactly("yesterday:1");
        // the next day, the one due today is a day overdue
        assertThat(overdue(Actions.summarise(List.of(today, yesterday, tomorrow), TODAY.plusDays(1))))
                .containsExactly("yesterday:2", "today:1");
    }

    @Test
    void completeIsNeverOverdue() {
        Action done = action("done", TODAY.minusYears(3), "COMPLETE");
        Action doneLowerCase = action("done2", TODAY.minusDays(1), "complete");
        assertThat(Actions.isOverdue(done, TODAY)).isFalse();
        assertThat(Actions.isOverdue(doneLowerCase, TODAY)).isFalse();
        Summary s = Actions.summarise(List.of(done, doneLowerCase), TODAY);
        assertThat(s.overdue()).isEmpty();
        assertThat(s.open()).isZero();
        assertThat(s.byStatus().get(Status.COMPLETE)).isEqualTo(2);
    }

    @Test
    void anUndatedActionIsNeverOverdue() {
        Action meeting = action("meeting", null, "RED");
        assertThat(Actions.isOverdue(meeting, TODAY)).isFalse();
        assertThat(Actions.isOverdue(meeting, LocalDate.of(2099, 1, 1))).isFalse();
        Summary s = Actions.summarise(List.of(meeting), TODAY);
        assertThat(s.overdue()).isEmpty();
        assertThat(s.open()).isEqualTo(1);
    }

    @Test
    void everyStatusIsCountedANullStatusAsNotRated() {
        Summary s = Actions.summarise(List.of(action("1", null, "GREEN"), action("2", null, "AMBER"),
                action("3", null, "YELLOW"), action("4", null, "RED"), action("5", null, "COMPLETE"),
                action("6", null, null), action("7", null, "  "), action("8", TODAY.minusDays(3), null)), TODAY);
        assertThat(s.byStatus()).containsExactly(Map.entry(Status.GREEN, 1), Map.entry(Status.AMBER, 2),
                Map.entry(Status.RED, 1), Map.entry(Status.COMPLETE, 1), Map.entry(Status.NOT_RATED, 3));
        assertThat(s.open()).isEqualTo(7);
        // an action not rated yet is open, so it can be overdue
        assertThat(overdue(s)).containsExactly("8:3");
    }

    @Test
    void noActionsGivesZerosForEveryStatus() {
        Summary s = Actions.summarise(List.of(), TODAY);
        assertThat(s.open()).isZero();
        assertThat(s.byStatus()).hasSize(5).containsValues(0).doesNotContainValue(1);
        assertThat(s.overdue()).isEmpty();
    }

    @Test
    void overdueIsOldestDueDateFirstTiesInTheGivenOrder() {
        // Milton Keynes' plan on 9 September 2021: actions 3, 9, 12 and 13 due 30 June, 6 and 7 due 30 July, 14 due
        // 31 July (plan order 3, 6, 7, 9, 12, 13, 14)
        LocalDate june30 = LocalDate.of(2021, 6, 30);
        LocalDate july30 = LocalDate.of(2021, 7, 30);
        Summary s = Actions.summarise(List.of(action("3", june30, null), action("6", july30, null),
                action("7", july30, null), action("9", june30, null), action("12", june30, "GREEN"),
                action("13", june30, "YELLOW"), action("14", LocalDate.of(2021, 7, 31), "YELLOW"),
                action("10", null, null)), TODAY);
        assertThat(overdue(s)).containsExactly("3:71", "9:71", "12:71", "13:71", "6:41", "7:41", "14:40");
    }

    @Test
    void statusNamesAreReadLeniently() {
        assertThat(Status.of("Green")).isEqualTo(Status.GREEN);
        assertThat(Status.of("yellow")).isEqualTo(Status.AMBER);
        assertThat(Status.of(" RED ")).isEqualTo(Status.RED);
        assertThat(Status.of("")).isEqualTo(Status.NOT_RATED);
        assertThat(Status.of("PURPLE")).isEqualTo(Status.NOT_RATED);
        assertThat(Status.of(null)).isEqualTo(Status.NOT_RATED);
    }
}
