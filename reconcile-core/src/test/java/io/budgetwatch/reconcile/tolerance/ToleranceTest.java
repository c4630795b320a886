package io.budgetwatch.reconcile.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tolerance rule: printed precision only, XBRL Calculations 1.1. Properties over seeded random cases. */
class ToleranceTest {
    private static final int CASES = 2_000;

    @Test
    void boundIsHalfAUnitOfThePrintedPrecisionTimesChildrenPlusOne() {
        for (int decimals = 0; decimals <= 4; decimals++) {
            for (int children = 1; children <= 10; children++) {
                List<Amount> parts = Collections.nCopies(children, yuan(BigDecimal.ONE.setScale(decimals)));
                Tolerance.Check check = Tolerance.sum(yuan(BigDecimal.TEN.setScale(decimals)), parts);
                BigDecimal bound = new BigDecimal("0.5").movePointLeft(decimals)
                        .multiply(BigDecimal.valueOf(children + 1));
                assertEquals(0, bound.compareTo(check.tolerance()), "d=" + decimals + " n=" + children);
            }
        }
    }

    @Test
    void blankCellsAreExactZerosThatAddNoTolerance() {
        Tolerance.Check check = Tolerance.sum(yuan(new BigDecimal("28.80")),
                java.util.Arrays.asList(null, yuan(new BigDecimal("28.80"))));
        assertTrue(check.consistent());
        assertEquals(0, new BigDecimal("0.01").compareTo(check.tolerance()));
    }

    @Test
    void sumsOfRoundedValuesAlwaysPass() {
        Random random = new Random(20230401);
        for (int i = 0; i < CASES; i++) {
            int decimals = random.nextInt(4);
            String unit = random.nextBoolean() ? "元" : "万元";
            List<BigDecimal> truths = trueValues(random, 1 + random.nextInt(12));
            List<Amount> parts = truths.stream().map(v -> new Amount(round(v, decimals).toPlainString(), unit))
                    .toList();
            Amount total = new Amount(round(sum(truths), decimals).toPlainString(), unit);
            assertTrue(Tolerance.sum(total, parts).consistent(), () -> total + " vs " + parts);
        }
    }

    @Test
    void aPrintedTotalOffByMoreThanTheBoundAlwaysFails() {
        Random random = new Random(4711);
        for (int i = 0; i < CASES; i++) {
            int decimals = random.nextInt(4);
            int children = 1 + random.nextInt(12);
            List<Amount> parts = trueValues(random, children).stream()
                    .map(v -> yuan(round(v, decimals))).toList();
            BigDecimal unitStep = BigDecimal.ONE.movePointLeft(decimals);
            // the smallest printable offset strictly beyond ½·10^−d·(n+1)
            BigDecimal beyond = unitStep.multiply(BigDecimal.valueOf((children + 1) / 2 + 1));
            BigDecimal sum = parts.stream().map(Amount::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal offset = random.nextBoolean() ? beyond : beyond.negate();
            Tolerance.Check check = Tolerance.sum(yuan(sum.add(offset)), parts);
            assertFalse(check.consistent(), () -> "offset " + offset + " with " + children + " parts");
            assertEquals(0, offset.compareTo(check.difference()));
        }
    }

    @Test
    void anOffsetExactlyAtTheBoundStillPasses() {
        // 3 parts at 2 decimals: bound 0.02; a total 0.02 off is within the rounding of four printed figures
        List<Amount> parts = List.of(yuan(new BigDecimal("0.01")), yuan(new BigDecimal("0.01")),
                yuan(new BigDecimal("0.01")));
        assertTrue(Tolerance.sum(yuan(new BigDecimal("0.05")), parts).consistent());
        assertFalse(Tolerance.sum(yuan(new BigDecimal("0.06")), parts).consistent());
    }

    @Test
    void aFigureInYuanAndTheSameFigureRoundedToTenThousandsAgreeBothWays() {
        Random random = new Random(10_000);
        for (int i = 0; i < CASES; i++) {
            BigDecimal yuan = BigDecimal.valueOf(random.nextLong(100_000_000_000L), 2);
            int decimals = 2 * (1 + random.nextInt(3));
            Amount inYuan = new Amount(yuan.toPlainString(), "元");
            Amount inWan = new Amount(round(yuan.movePointLeft(4), decimals).toPlainString(), "万元");
            assertTrue(Tolerance.same(inYuan, inWan).consistent(), () -> inYuan + " vs " + inWan);
            assertTrue(Tolerance.same(inWan, inYuan).consistent(), () -> inWan + " vs " + inYuan);
            // two units of the last printed digit away is beyond both rounding intervals
            Amount off = new Amount(new BigDecimal(inWan.value()).add(BigDecimal.valueOf(2, decimals))
                    .toPlainString(), "万元");
            assertFalse(Tolerance.same(inYuan, off).consistent(), () -> inYuan + " vs " + off);
        }
    }

    @Test
    void comparingTwoFiguresIsSymmetric() {
        Random random = new Random(77);
        for (int i = 0; i < CASES; i++) {
            Amount a = new Amount(BigDecimal.valueOf(random.nextInt(2_000_000), random.nextInt(4)).toPlainString(),
                    random.nextBoolean() ? "元" : "万元");
            Amount b = new Amount(BigDecimal.valueOf(random.nextInt(2_000_000), random.nextInt(4)).toPlainString(),
                    random.nextBoolean() ? "元" : "万元");
            assertEquals(Tolerance.same(a, b).consistent(), Tolerance.same(b, a).consistent(), a + " vs " + b);
            assertEquals(0, Tolerance.same(a, b).difference().negate().compareTo(Tolerance.same(b, a).difference()));
        }
    }

    @Test
    void percentIntervalsFollowThePrintedDecimals() {
        Interval stated = Interval.ofPercent("1.55");
        assertEquals(0, new BigDecimal("0.01545").compareTo(stated.low()));
        assertEquals(0, new BigDecimal("0.01555").compareTo(stated.high()));
        Interval share = Interval.exact(new BigDecimal("695.17")).dividedBy(Interval.exact(new BigDecimal("44999")));
        assertFalse(stated.meets(share), "695.17 / 44999 = 1.5449% rounds to 1.54%, not 1.55%");
        assertTrue(Interval.ofPercent("1.54").meets(share));
    }

    private static List<BigDecimal> trueValues(Random random, int count) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(BigDecimal.valueOf(random.nextInt(1_000_000_000), 6));
        }
        return values;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    private static Amount yuan(BigDecimal value) {
        return new Amount(value.toPlainString(), "元");
    }
}
