// The report page for supervisors and compliance (docs/api.md "What the report pages should show"): a period, its
// figures as big numbers, charts (Chart.js, from its WebJar, loaded by the page as window.Chart) each with the
// figures as its text alternative, the recurring problems and the breakdowns as tables, CSV downloads, printable.
import { chosenLang, choose, t, LANGS, LANG_NAMES } from './i18n.js';
import { get } from './api.js';
import { h } from './dom.js';

const COLORS = { ok: '#1a7f37', warn: '#d4a017', bad: '#b3261e', accent: '#0b5cad', muted: '#8a96a3', light: '#9cc3ea' };
const MILESTONES = ['forward', 'first_contact', 'resolve', 'inquiry_answer', 'suggestion_reply', 'follow_up'];
const BREAKDOWNS = ['channel', 'type', 'category', 'department', 'grade', 'agent'];
const charts = [];
let lang = chosenLang();
let me = null;
const tr = (key, values) => t(lang, key, values);

// ---- periods: days in the browser's calendar, weeks from Monday ----

const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

export function periodOf(choice, today = new Date()) {
  const monday = addDays(today, -((today.getDay() + 6) % 7));
  switch (choice) {
    case 'lastWeek': return [iso(addDays(monday, -7)), iso(addDays(monday, -1))];
    case 'thisMonth': return [iso(new Date(today.getFullYear(), today.getMonth(), 1)), iso(today)];
    case 'lastMonth': return [iso(new Date(today.getFullYear(), today.getMonth() - 1, 1)), iso(new Date(today.getFullYear(), today.getMonth(), 0))];
    default: return [iso(monday), iso(today)];
  }
}

function wanted() {
  const params = new URLSearchParams(location.hash.slice(1));
  const choice = params.get('period') || 'thisWeek';
  if (choice === 'custom' && params.get('from') && params.get('to')) return { choice, from: params.get('from'), to: params.get('to') };
  const [from, to] = periodOf(choice === 'custom' ? 'thisWeek' : choice);
  return { choice: choice === 'custom' ? 'thisWeek' : choice, from, to };
}

// ---- formatting ----

const num = (n) => new Intl.NumberFormat(lang).format(n);
const pct = (x) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(x);
const hours = (d) => (d.measured ? tr('hoursValue', { n: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(d.medianHours) }) : '–');
const valueLabel = (dimension, value) => {
  if (value === '-') return tr('none');
  const key = { type: 'ty_', category: 'cat_', channel: 'ch_' }[dimension];
  return key ? tr(key + value) : value;
};

// ---- building blocks ----

function section(key, ...content) {
  return h('section.report-section', { 'aria-labelledby': 'h-' + key }, h('h3', { id: 'h-' + key, text: tr(key) }), ...content);
}

function tile(key, value, detail, name) {
  return h('div.tile', { 'data-figure': name || key },
    h('span.tile-value', { text: value }), h('span.tile-label', { text: tr(key) }), detail ? h('span.tile-detail', { text: detail }) : null);
}

/** A chart whose figures are also its text alternative: the canvas is an image labelled with them. */
function chart(name, alt, config, tall) {
  const canvas = h('canvas', { role: 'img', 'aria-label': alt, 'data-chart': name });
  const figure = h('figure.chart' + (tall ? '.tall' : ''), {}, h('div.chart-box', {}, canvas));
  charts.push(() => new window.Chart(canvas, {
    ...config,
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      ...config.options,
      plugins: { legend: { position: 'bottom' }, ...(config.options || {}).plugins },
    },
  }));
  return figure;
}

function table(name, headers, rows, caption) {
  return h('table.report-table', { 'data-table': name },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ...headers.map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))));
}

function csvLink(report, period, key) {
  const href = `/api/v1/desk/reports/${report}?from=${period.from}&to=${period.to}&format=csv`;
  return h('a.csv', { href, download: '', 'data-csv': report }, tr(key));
}

function daysOf(first, last) {
  const days = [];
  for (let d = new Date(first + 'T00:00:00'), end = new Date(last + 'T00:00:00'); d <= end && days.length < 400; d = addDays(d, 1)) days.push(iso(d));
  return days;
}

// ---- the report ----

function headline(total) {
  const callBacks = total.callBacks;
  return h('div.tiles', {},
    tile('kTickets', num(total.tickets)),
    tile('kComplaints', num(total.complaints), tr('validInvalid', { valid: num(total.validComplaints), invalid: num(total.invalidComplaints) })),
    tile('kClosure', pct(total.closureRate), tr('closedOf', { closed: num(total.closed), tickets: num(total.tickets) })),
    tile('kFirstContact', hours(total.firstContact), tr('medianOf', { n: num(total.firstContact.measured) })),
    tile('kResolution', hours(total.resolution), tr('medianOf', { n: num(total.resolution.measured) })),
    tile('kBreaches', num(total.breaches)),
    tile('kReComplaints', num(total.reComplaints)),
    tile('kCallBacks', callBacks.due ? `${num(callBacks.onTime)} / ${num(callBacks.due)}` : '–',
      tr('callBacksDetail', { late: num(callBacks.late), open: num(callBacks.open) })));
}

function volume(stats, period) {
  const byDay = stats.by.day || {};
  const days = daysOf(period.from, period.to);
  const zero = { tickets: 0, complaints: 0, closureRate: 0 };
  const of = (d) => byDay[d] || zero;
  const alt = days.filter((d) => of(d).tickets).map((d) => `${d}: ${of(d).tickets} (${tr('ty_complaint')} ${of(d).complaints})`).join('; ');
  const types = Object.entries(stats.by.type || {});
  return section('volumeTitle',
    h('div.chart-row', {},
      chart('volume', `${tr('volumeTitle')}. ${alt || tr('noTickets')}`, {
        type: 'bar',
        data: {
          labels: days.map((d) => d.slice(5)),
          datasets: [
            { label: tr('ty_complaint'), data: days.map((d) => of(d).complaints), backgroundColor: COLORS.bad, stack: 'v', yAxisID: 'y' },
            { label: tr('otherTickets'), data: days.map((d) => of(d).tickets - of(d).complaints), backgroundColor: COLORS.light, stack: 'v', yAxisID: 'y' },
            { type: 'line', label: tr('closureRate'), data: days.map((d) => (of(d).tickets ? Math.round(of(d).closureRate * 100) : null)), borderColor: COLORS.ok, backgroundColor: COLORS.ok, yAxisID: 'rate', spanGaps: true },
          ],
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + '%' } } } },
      }, true),
      chart('types', `${tr('byType')}. ${types.map(([k, f]) => `${valueLabel('type', k)} ${f.tickets}`).join('; ') || tr('noTickets')}`, {
        type: 'doughnut',
        data: { labels: types.map(([k]) => valueLabel('type', k)), datasets: [{ data: types.map(([, f]) => f.tickets), backgroundColor: [COLORS.bad, COLORS.accent, COLORS.warn, COLORS.muted] }] },
        options: { plugins: { title: { display: true, text: tr('byType') } } },
      })));
}

function sla(stats) {
  const limits = stats.total.timeLimits || {};
  const shown = MILESTONES.filter((m) => limits[m]);
  const label = (m) => `${tr('ms_' + m)} · ${pct(limits[m].share)}`;
  const departments = Object.entries(stats.by.department || {}).filter(([k]) => k !== '-');
  const summed = departments.map(([k, f]) => {
    const all = Object.values(f.timeLimits || {});
    const s = (field) => all.reduce((n, l) => n + l[field], 0);
    return [k, s('onTime'), s('late'), s('overdue')];
  });
  const bars = (labels, rows) => ({
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: tr('onTime'), data: rows.map((r) => r[0]), backgroundColor: COLORS.ok },
        { label: tr('late'), data: rows.map((r) => r[1]), backgroundColor: COLORS.warn },
        { label: tr('overdue'), data: rows.map((r) => r[2]), backgroundColor: COLORS.bad },
      ],
    },
    options: { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } },
  });
  const altOf = (rows, labels) => rows.map((r, i) => `${labels[i]}: ${tr('onTime')} ${r[0]}, ${tr('late')} ${r[1]}, ${tr('overdue')} ${r[2]}`).join('; ');
  const msRows = shown.map((m) => [limits[m].onTime, limits[m].late, limits[m].overdue]);
  const deptRows = summed.map((r) => r.slice(1));
  return section('slaTitle',
    h('p.figure-note', { text: tr('breachesNote', { n: num(stats.total.breaches) }) }),
    h('div.chart-row', {},
      chart('sla', `${tr('slaTitle')}. ${altOf(msRows, shown.map(label))}`, bars(shown.map(label), msRows)),
      departments.length ? chart('sla-departments', `${tr('slaByDept')}. ${altOf(deptRows, summed.map((r) => r[0]))}`,
        { ...bars(summed.map((r) => r[0]), deptRows), options: { ...bars([], []).options, plugins: { title: { display: true, text: tr('slaByDept') } } } }) : null));
}

function satisfaction(total) {
  const doughnut = (name, key, d) => chart(name, `${tr(key)}: ${tr('dissatisfied')} ${d.dissatisfied}, ${tr('average')} ${d.average}, ${tr('satisfied')} ${d.satisfied}`, {
    type: 'doughnut',
    data: { labels: [tr('dissatisfied'), tr('average'), tr('satisfied')], datasets: [{ data: [d.dissatisfied, d.average, d.satisfied], backgroundColor: [COLORS.bad, COLORS.warn, COLORS.ok] }] },
    options: { plugins: { title: { display: true, text: tr(key) } } },
  });
  const c = total.callBacks;
  return section('satisfactionTitle',
    h('div.chart-row.three', {},
      doughnut('result', 'result', total.resultSatisfaction),
      doughnut('attitude', 'attitude', total.attitudeSatisfaction),
      chart('callbacks', `${tr('callBacksTitle')}: ${tr('onTime')} ${c.onTime}, ${tr('late')} ${c.late}, ${tr('cbOpen')} ${c.open}`, {
        type: 'bar',
        data: { labels: [tr('onTime'), tr('late'), tr('cbOpen')], datasets: [{ label: tr('callBacksTitle'), data: [c.onTime, c.late, c.open], backgroundColor: [COLORS.ok, COLORS.warn, COLORS.bad] }] },
        options: { plugins: { legend: { display: false }, title: { display: true, text: tr('callBacksTitle') } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      })));
}

function clusters(recurring, period) {
  const problems = recurring.problems;
  const arrow = { up: '▲', down: '▼', same: '＝', new: '★' };
  const departments = (p) => Object.entries(p.departments).map(([d, n]) => `${valueLabel('department', d)} ${n}`).join(', ');
  const examples = (p) => h('ul.examples', {}, ...p.examples.map((e) => h('li', {},
    h('a', { href: `/desk/#/ticket/${e.ticket}`, text: e.ticket }), e.excerpt ? ` ${e.excerpt}` : '')));
  const names = problems.map((p, i) => `#${i + 1} ${valueLabel('category', p.category)}`);
  return section('clustersTitle',
    h('p.figure-note', { text: tr('comparedWith', { from: recurring.previousFrom, to: recurring.previousTo }) }),
    problems.length ? [
      chart('clusters', `${tr('clustersTitle')}. ${problems.map((p, i) => `${names[i]}: ${p.complaints} (${tr('previous')} ${p.previous})`).join('; ')}`, {
        type: 'bar',
        data: { labels: names, datasets: [
          { label: tr('thisPeriod'), data: problems.map((p) => p.complaints), backgroundColor: COLORS.bad },
          { label: tr('previous'), data: problems.map((p) => p.previous), backgroundColor: COLORS.muted },
        ] },
        options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
      }),
      table('clusters', [tr('rank'), tr('categoryH'), tr('count'), tr('trend'), tr('departments'), tr('examples')],
        problems.map((p, i) => [String(i + 1), valueLabel('category', p.category),
          h('span.count', { text: num(p.complaints) }),
          h('span', { class: 'trend ' + p.trend, title: tr('trend_' + p.trend) }, `${arrow[p.trend] || ''} ${tr('trend_' + p.trend)} (${tr('previous')} ${num(p.previous)})`),
          departments(p), examples(p)]), tr('clustersTitle')),
    ] : h('p.empty', { text: tr('noClusters') }),
    h('p.downloads', {}, csvLink('recurring', period, 'csvRecurring')));
}

function breakdowns(stats, period) {
  const headers = [tr('value'), tr('kTickets'), tr('kComplaints'), tr('valid'), tr('invalid'), tr('kClosure'),
    tr('kFirstContact'), tr('kResolution'), tr('kBreaches'), tr('kReComplaints')];
  const row = (dimension, [value, f]) => [valueLabel(dimension, value), num(f.tickets), num(f.complaints), num(f.validComplaints),
    num(f.invalidComplaints), pct(f.closureRate), hours(f.firstContact), hours(f.resolution), num(f.breaches), num(f.reComplaints)];
  return section('breakdownTitle',
    ...BREAKDOWNS.filter((d) => stats.by[d] && Object.keys(stats.by[d]).length).map((d) =>
      table('by-' + d, headers, Object.entries(stats.by[d]).map((e) => row(d, e)), tr('by_' + d))),
    h('p.downloads', {}, csvLink('statistics', period, 'csvStatistics')));
}

function picker(period, onChange) {
  const choice = h('select', { id: 'period' }, ...['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'custom'].map((c) => new Option(tr(c), c)));
  choice.value = period.choice;
  const from = h('input', { id: 'from', type: 'date', value: period.from, required: true });
  const to = h('input', { id: 'to', type: 'date', value: period.to, required: true });
  choice.addEventListener('change', () => {
    if (choice.value === 'custom') { from.focus(); return; }
    onChange({ choice: choice.value });
  });
  const custom = () => { choice.value = 'custom'; };
  from.addEventListener('input', custom);
  to.addEventListener('input', custom);
  return h('form.period-picker', { onsubmit: (e) => { e.preventDefault(); onChange({ choice: 'custom', from: from.value, to: to.value }); } },
    h('label', { for: 'period', text: tr('period') }), choice,
    h('label', { for: 'from', text: tr('from') }), from,
    h('label', { for: 'to', text: tr('to') }), to,
    h('button.primary', { type: 'submit' }, tr('show')),
    h('button', { type: 'button', onclick: () => window.print() }, tr('printIt')));
}

function choosePeriod(next) {
  const params = new URLSearchParams({ period: next.choice });
  if (next.choice === 'custom') { params.set('from', next.from); params.set('to', next.to); }
  location.hash = params.toString();
}

async function draw() {
  const main = document.getElementById('main');
  charts.length = 0;
  if (window.Chart) Object.values(window.Chart.instances).forEach((c) => c.destroy());
  const heading = h('h2', { tabindex: '-1', text: tr('reportsTitle') });
  if (!me.roles.includes('supervisor') && !me.roles.includes('compliance')) {
    main.replaceChildren(heading, h('p.error', { role: 'alert', text: tr('refused') }));
    return;
  }
  const period = wanted();
  const status = h('p.report-status', { role: 'status', 'aria-live': 'polite', text: tr('loading') });
  main.replaceChildren(heading, picker(period, choosePeriod), status);
  let stats;
  let recurring;
  try {
    const query = `from=${period.from}&to=${period.to}`;
    [stats, recurring] = await Promise.all([get(`/reports/statistics?${query}`), get(`/reports/recurring?${query}&top=10`)]);
  } catch (e) {
    status.textContent = tr(e.status === 403 ? 'refused' : 'error', { detail: e.message });
    status.className = 'report-status error';
    return;
  }
  status.textContent = tr('generated', { from: stats.period.first, to: stats.period.last,
    at: new Date(stats.generatedAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }), zone: stats.zone });
  main.append(
    h('p.print-only', { text: `${tr('reportsTitle')} · ${status.textContent}` }),
    h('div.report', { 'data-from': stats.period.first, 'data-to': stats.period.last },
      headline(stats.total), volume(stats, period), sla(stats), satisfaction(stats.total), clusters(recurring, period),
      breakdowns(stats, period)));
  if (window.Chart) {
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    charts.splice(0).forEach((make) => make());
  } else {
    main.querySelectorAll('figure.chart').forEach((f) => f.append(h('figcaption.error', { text: tr('noCharts') })));
  }
  document.body.dataset.drawn = `${period.from}..${period.to}`;
}

// charts are drawn for the screen: redraw them at the paper's width before printing, and back after
const resizeAll = () => Object.values(window.Chart ? window.Chart.instances : {}).forEach((c) => c.resize());
window.addEventListener('beforeprint', resizeAll);
window.addEventListener('afterprint', resizeAll);

function drawShell() {
  document.documentElement.lang = lang;
  document.title = tr('reportsTitle');
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = tr(e.dataset.t); });
  document.querySelector('.who').textContent = `${me.name} (${me.roles.join(', ')})`;
}

async function start() {
  me = await get('/me');
  const select = document.getElementById('lang');
  for (const l of LANGS) select.append(new Option(LANG_NAMES[l], l));
  select.value = lang;
  select.addEventListener('change', () => { lang = select.value; choose(lang); drawShell(); draw(); });
  drawShell();
  window.addEventListener('hashchange', draw);
  await draw();
  document.querySelector('#main h2').focus();
}

start();
