// ECharts on the page: one instance per element, kept in window.__charts by name so that tests (and a curious
// person in the console) can read what each chart holds: window.__charts['gauge.breakpoint_rate'].getOption().
const echarts = globalThis.echarts;
const registry = (globalThis.__charts = globalThis.__charts ?? {});

/** Draws (or redraws) the option in the element; theme 'dark' for the wall. */
export function showChart(name, element, option, theme) {
  const chart = echarts.getInstanceByDom(element) ?? echarts.init(element, theme ?? null);
  chart.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  registry[name] = chart;
  return chart;
}

/** Removes a chart whose element is going away. */
export function dropChart(name) {
  registry[name]?.dispose();
  delete registry[name];
}

/** One font size unit for charts: 1/54 of the screen height, so 1080p and 4K look the same from across a room. */
export function wallScale() {
  return Math.max(12, window.innerHeight / 54);
}

let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => Object.values(registry).forEach((chart) => chart.resize()), 150);
});
