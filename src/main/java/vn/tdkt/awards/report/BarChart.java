package vn.tdkt.awards.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A grouped bar chart of a movement report, drawn as SVG by the report page: one group per year, one bar per award
 * type (collectives, individuals and households together), colours by award type with a legend. Geometry is
 * computed here so that the template only places shapes.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Label> years, List<Tick> ticks, List<Legend> legend) {

	public record Bar(double x, double y, double width, double height, String color, String awardName, int year,
			long value) {

		/** The tooltip: "2022 – Bằng khen của Thủ tướng Chính phủ: 10". */
		public String title() {
			return "%d – %s: %d".formatted(year, awardName, value);
		}

	}

	public record Label(double x, String text) {
	}

	public record Tick(double y, long value) {
	}

	public record Legend(String color, String awardName) {
	}

	static final String[] PALETTE = { "#b5121b", "#1b4f9c", "#1f7a3e", "#9a6700", "#6b3fa0", "#0f7c8c", "#c2571a",
			"#5b6474" };

	static final int WIDTH = 760;

	static final int HEIGHT = 300;

	static final int LEFT = 48;

	static final int BOTTOM = 28;

	static final int TOP = 12;

	public static BarChart of(MovementReport report) {
		// award type → name, in the order of the report (higher first); year → award type → total
		Map<String, String> types = new LinkedHashMap<>();
		Map<Integer, Map<String, Long>> byYear = byYear(report, types);
		long max = byYear.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
		long step = niceStep(max);
		long top = Math.max(step, ((max + step - 1) / step) * step);
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double groupWidth = byYear.isEmpty() ? 0 : (double) (WIDTH - LEFT - 8) / byYear.size();
		double barWidth = types.isEmpty() ? 0 : Math.min(40, (groupWidth * 0.8) / types.size());
		List<String> order = List.copyOf(types.keySet());
		List<Bar> bars = new ArrayList<>();
		List<Label> years = new ArrayList<>();
		int g = 0;
		for (var year : byYear.entrySet()) {
			double groupX = LEFT + g * groupWidth;
			double start = groupX + (groupWidth - barWidth * order.size()) / 2;
			for (int t = 0; t < order.size(); t++) {
				long value = year.getValue().getOrDefault(order.get(t), 0L);
				if (value > 0) {
					double h = plotHeight * value / top;
					bars.add(new Bar(round(start + t * barWidth), round(TOP + plotHeight - h), round(barWidth - 2),
							round(h), PALETTE[t % PALETTE.length], types.get(order.get(t)), year.getKey(), value));
				}
			}
			years.add(new Label(round(groupX + groupWidth / 2), Integer.toString(year.getKey())));
			g++;
		}
		List<Legend> legend = new ArrayList<>();
		for (int t = 0; t < order.size(); t++) {
			legend.add(new Legend(PALETTE[t % PALETTE.length], types.get(order.get(t))));
		}
		return new BarChart(WIDTH, HEIGHT, bars, years, ticks(top, step, plotHeight), legend);
	}

	/** Each year of the report (empty ones too, up to 30) → award type → total; fills the award types' names. */
	private static Map<Integer, Map<String, Long>> byYear(MovementReport report, Map<String, String> types) {
		Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
		for (MovementReport.Row row : report.rows()) {
			types.putIfAbsent(row.awardType(), row.awardName());
			byYear.computeIfAbsent(row.year(), y -> new LinkedHashMap<>()).merge(row.awardType(), row.total(), Long::sum);
		}
		for (int y = report.fromYear(); y <= report.toYear() && report.toYear() - report.fromYear() <= 30; y++) {
			byYear.computeIfAbsent(y, k -> new LinkedHashMap<>());
		}
		return byYear;
	}

	/** The grid lines from 0 to the top, every step. */
	private static List<Tick> ticks(long top, long step, double plotHeight) {
		List<Tick> ticks = new ArrayList<>();
		for (long v = 0; v <= top; v += step) {
			ticks.add(new Tick(round(TOP + plotHeight - plotHeight * v / top), v));
		}
		return ticks;
	}

	/** 1, 2 or 5 times a power of ten, giving at most about five grid lines. */
	static long niceStep(long max) {
		long step = 1;
		while (true) {
			for (long m : new long[] { 1, 2, 5 }) {
				if (max / (step * m) <= 5) {
					return step * m;
				}
			}
			step *= 10;
		}
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
