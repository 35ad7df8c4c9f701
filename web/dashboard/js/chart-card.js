// What every chart card shares: an ECharts instance that follows its box's size, the "query in the IDE" link, and
// the common pieces of an option (title, grid, axis names with units, legend, tooltip) in the page's style.
import { ideHref } from './graphql.js';
import { INK } from './palette.js';

/**
 * Creates the ECharts instance in `element` and keeps it sized to the element. The element gets `data-rendered`
 * once a drawing with data has finished animating (screenshots and the browser test wait for it).
 */
export function createChart(element) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(element);
  chart.on('finished', () => {
    if ((chart.getOption()?.series ?? []).length) element.dataset.rendered = 'true';
  });
  return chart;
}

/** Replaces the chart's whole option with `option` (the old series must not linger). */
export function drawChart(chart, option) {
  delete chart.getDom().dataset.rendered;
  chart.setOption(option, true);
}

/** Points a card's "Open query in IDE" link at `query`. */
export function linkQuery(link, query) {
  link.href = ideHref(query);
  link.dataset.query = query;
}

/** Shows a short message in place of a chart whose query failed (the page stays usable). */
export function showChartError(chart, message) {
  chart.clear();
  chart.setOption({
    title: {
      text: 'Could not load this chart',
      subtext: message,
      left: 'center',
      top: 'middle',
      textStyle: { color: INK.strong, fontSize: 14 },
      subtextStyle: { color: '#b42318' },
    },
  });
}

/** The chart's own title and a one-line subtitle (what is counted, from where), top left. */
export function titleOption(text, subtext) {
  return {
    text,
    subtext,
    left: 0,
    top: 4,
    textStyle: { color: INK.strong, fontSize: 16, fontWeight: 600, fontFamily: INK.font },
    subtextStyle: { color: INK.muted, fontSize: 12, fontFamily: INK.font },
  };
}

/** A legend under the title: the colours it lists are what the stacks or bars encode. */
export function legendOption(names) {
  return {
    data: names,
    top: 50,
    left: 0,
    right: 0,
    type: 'scroll',
    itemWidth: 14,
    itemHeight: 10,
    textStyle: { color: INK.muted, fontSize: 12 },
  };
}

/** An axis with a name (and unit) centred along it. */
export function axisOption(base, name, nameGap) {
  return {
    ...base,
    name,
    nameLocation: 'middle',
    nameGap,
    nameTextStyle: { color: INK.strong, fontSize: 12, fontWeight: 600 },
    axisLabel: { color: INK.muted, ...(base.axisLabel ?? {}) },
    axisLine: { lineStyle: { color: '#b8c2cc' } },
    splitLine: { lineStyle: { color: INK.grid } },
  };
}

/**
 * Tooltip for stacked bars: every series of the hovered category, zero rows left out, with a total.
 * @param heading turns the category (a year, a country code) into the tooltip's first line
 */
export function stackedTooltip(unit, heading = (name) => name) {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (items) => {
      const rows = items.filter((item) => item.value > 0);
      const total = rows.reduce((sum, item) => sum + item.value, 0);
      const lines = rows.map((item) => `${item.marker} ${item.seriesName}: <b>${item.value}</b>`);
      return [`<b>${heading(items[0].name)}</b>`, ...lines, `Total: <b>${total}</b> ${unit}`].join('<br/>');
    },
  };
}
