package org.yjhub.bench;

import org.junit.jupiter.api.Test;
import org.yjhub.launcher.UsageException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchSelectionTest {

    @Test
    void withoutOptionsEveryPartIsMeasuredAtTheModesSizes() {
        assertThat(Bench.Selection.parse(false, null, null)).isEqualTo(new Bench.Selection(Bench.PARTS, List.of(1, 5, 10)));
        assertThat(Bench.Selection.parse(true, null, null).sizes()).containsExactly(1, 2);
    }

    @Test
    void onlyPicksThePartsNamed() {
        Bench.Selection s = Bench.Selection.parse(false, "startup,subscribers", null);
        assertThat(s.has("startup")).isTrue();
        assertThat(s.has("subscribers")).isTrue();
        assertThat(s.has("growth")).isFalse();
    }

    @Test
    void sizesReplaceTheModesSizes() {
        assertThat(Bench.Selection.parse(true, "growth", "10").sizes()).containsExactly(10);
        assertThat(Bench.Selection.parse(false, null, "1,3,20").sizes()).containsExactly(1, 3, 20);
    }

    @Test
    void anUnknownPartIsRefused() {
        assertThatThrownBy(() -> Bench.Selection.parse(false, "growth,speed", null))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown part for --only: speed");
    }

    @Test
    void sizesThatAreNotRisingYearsFromOneToTwentyAreRefused() {
        for (String sizes : List.of("0", "21", "5,5", "5,1", "one", "1,,2")) {
            assertThatThrownBy(() -> Bench.Selection.parse(false, null, sizes)).as(sizes)
                    .isInstanceOf(UsageException.class).hasMessageContaining("--sizes");
        }
    }
}
