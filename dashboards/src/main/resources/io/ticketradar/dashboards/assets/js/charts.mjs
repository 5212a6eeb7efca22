// ECharts on the page: one instance per element, kept in window.__charts by name so that tests (and a curious
// person in the console) can read what each chart holds: window.__charts['gauge.breakpoint_rate'].getOption().
const echarts = globalThis.echarts;
const registry = (globalThis.__charts = globalThis.__charts ?? {});

// A chart follows its element's size: panels change size when a banner appears or the window changes.
const resizer = new ResizeObserver((entries) => {
  for (const entry of entries) echarts.getInstanceByDom(entry.target)?.resize();
});

/** Draws (or redraws) the option in the element; theme 'dark' for the wall. */
export function showChart(name, element, option, theme) {
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, theme ?? null);
    resizer.observe(element);
  }
  chart.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  registry[name] = chart;
  return chart;
}

/** One font size unit for charts: 1/54 of the screen height, so 1080p and 4K look the same from across a room. */
export function wallScale() {
  return Math.max(12, window.innerHeight / 54);
}
