package io.budgetwatch.console.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small line chart drawn as inline SVG on the server: one polyline per series over the labelled x positions,
 * a point (with its value as tooltip) where a value exists. No script, no chart library.
 */
public record SvgChart(int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks, String unit,
        boolean empty) {
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;
    /** Colour per series, in order (the total first); readable on white and for the common colour blindnesses. */
    private static final List<String> COLOURS = List.of("#0b5394", "#e69138", "#6aa84f", "#a64d79");

    public record Series(String name, List<BigDecimal> values) {
    }

    public record Line(String name, String colour, String points, List<Point> dots) {
    }

    public record Point(String x, String y, String title) {
    }

    public record Tick(String position, String label) {
    }

    static SvgChart of(List<String> labels, List<Series> series, String unit) {
        BigDecimal max = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        boolean empty = max.signum() <= 0;
        double top = empty ? 1 : max.doubleValue() * 1.1;
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                BigDecimal value = one.values().get(i);
                if (value != null) {
                    dots.add(new Point(coordinate(x(i, labels.size())), coordinate(y(value.doubleValue(), top)),
                            one.name() + " " + labels.get(i) + "年：" + value.toPlainString() + " " + unit));
                }
            }
            String points = String.join(" ", dots.stream().map(p -> p.x() + "," + p.y()).toList());
            lines.add(new Line(one.name(), COLOURS.get(s % COLOURS.size()), points, dots));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            xTicks.add(new Tick(coordinate(x(i, labels.size())), labels.get(i)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            yTicks.add(new Tick(coordinate(y(value, top)), String.format(Locale.ROOT, "%.1f", value)));
        }
        return new SvgChart(WIDTH, HEIGHT, lines, xTicks, yTicks, unit, empty);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int top() {
        return TOP;
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
    }

    private static double y(double value, double top) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / top;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
