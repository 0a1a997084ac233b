// Opens and clicks over time with uPlot (loaded from the service's WebJar), human and machine.
import {count} from './format.js';
import {empty, fill} from './dom.js';

const HEIGHT = 260;
/** Tick steps of whole events only: a count of 1.5 opens means nothing. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000, 250000, 500000, 1000000];
const SERIES = [
  {type: 'OPENED', who: 'human', label: 'Opens (human)', stroke: '#1d4ed8', width: 2},
  {type: 'OPENED', who: 'machine', label: 'Opens (machine)', stroke: '#93c5fd', width: 2, dash: [6, 4]},
  {type: 'CLICKED', who: 'human', label: 'Clicks (human)', stroke: '#b45309', width: 2},
  {type: 'CLICKED', who: 'machine', label: 'Clicks (machine)', stroke: '#fcd34d', width: 2, dash: [6, 4]},
];

function data(timeline) {
  const x = timeline.buckets.map((b) => new Date(b.start).getTime() / 1000);
  return [x, ...SERIES.map((s) => timeline.buckets.map((b) => b.counts[s.type][s.who]))];
}

/** Draws {@code timeline} (the API's answer) into {@code node}, sized to it and redrawn on resize. */
export function drawTimeline(node, timeline) {
  node.dataset.buckets = String(timeline.buckets.length);
  const total = timeline.buckets.reduce((sum, b) => sum + b.counts.OPENED.human + b.counts.OPENED.machine + b.counts.CLICKED.human + b.counts.CLICKED.machine, 0);
  node.dataset.events = String(total);
  fill(node);
  if (total === 0) {
    fill(node, empty('No opens or clicks in this period.', 'They appear here as recipients open the message and syncs store the events.'));
  }
  const options = {
    width: Math.max(280, node.clientWidth),
    height: HEIGHT,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    scales: {x: {time: true}, y: {range: (u, min, max) => [0, Math.max(1, max)]}},
    axes: [{}, {incrs: WHOLE_STEPS, values: (u, ticks) => ticks.map((t) => count(t))}],
    series: [{label: 'Time (UTC)'}, ...SERIES.map((s) => ({label: s.label, stroke: s.stroke, width: s.width, dash: s.dash, points: {show: false}}))],
  };
  const plot = new uPlot(options, data(timeline), node);
  node.dataset.drawn = 'true';
  window.addEventListener('resize', () => {
    const width = Math.max(280, node.clientWidth);
    if (width !== plot.width) {
      plot.setSize({width, height: HEIGHT});
    }
  });
  return plot;
}
