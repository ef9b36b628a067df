// The desk's shell: who is signed in, the navigation their roles open, the language switch, the live queue pushed
// by the server (server-sent events) with a sound and a notification when a conversation arrives, and the views.
import { chosenLang, choose, t, LANGS, LANG_NAMES } from './i18n.js';
import { get, csrfToken } from './api.js';
import { h } from './dom.js';
import { queueView } from './queue.js';
import { conversationView } from './conversation.js';
import { ticketView } from './ticket.js';
import { inquiriesView, supervisorView, complianceView } from './views.js';

const ctx = {
  lang: chosenLang(),
  me: null,
  queue: [],
  t(key, values) { return t(ctx.lang, key, values); },
  announce(message) {
    const live = document.querySelector('.announce');
    live.textContent = '';
    setTimeout(() => { live.textContent = message; }, 50);
  },
  go(hash) { if (location.hash === hash) route(); else location.hash = hash; },
  has(role) { return ctx.me && ctx.me.roles.includes(role); },
  onQueue: null,
  timers: [],
};

const ROUTES = [
  [/^#\/conversation\/(cv-[0-9a-f]+)$/, (m) => conversationView(ctx, m[1])],
  [/^#\/ticket\/([A-Z]-\d{6}-\d{4,})$/, (m) => ticketView(ctx, m[1])],
  [/^#\/inquiries$/, () => inquiriesView(ctx)],
  [/^#\/supervisor$/, () => supervisorView(ctx)],
  [/^#\/compliance$/, () => complianceView(ctx)],
  [/^/, () => queueView(ctx)],
];

async function route() {
  ctx.timers.forEach(clearInterval);
  ctx.timers = [];
  ctx.onQueue = null;
  const main = document.getElementById('main');
  main.replaceChildren();
  const hash = location.hash || '#/queue';
  for (const [pattern, view] of ROUTES) {
    const m = hash.match(pattern);
    if (m) {
      try {
        main.append(await view(m));
      } catch (e) {
        main.append(h('p.error', { role: 'alert', text: ctx.t(e.status === 403 ? 'refused' : 'error', { detail: e.message }) }));
      }
      break;
    }
  }
  markCurrent();
  const heading = main.querySelector('h2');
  if (heading && document.activeElement === document.body) heading.focus();
}

function drawShell() {
  document.documentElement.lang = ctx.lang;
  document.title = ctx.t('title');
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = ctx.t(e.dataset.t); });
  const nav = document.querySelector('.nav');
  const links = [];
  const agentLike = ctx.has('agent') || ctx.has('supervisor');
  if (agentLike) links.push(['#/queue', 'navQueue']);
  links.push(['#/inquiries', 'navInquiries']);
  if (ctx.has('supervisor') || ctx.has('compliance')) links.push(['#/supervisor', 'navSupervisor']);
  if (ctx.has('compliance')) links.push(['#/compliance', 'navCompliance']);
  nav.replaceChildren(...links.map(([href, key]) => h('a', { href, 'data-nav': href }, ctx.t(key),
    href === '#/queue' ? h('span.count', { 'aria-label': String(ctx.queue.length) }, String(ctx.queue.length)) : null)));
  // the report pages are their own module (docs/api.md), for the roles that read reports
  if (ctx.has('supervisor') || ctx.has('compliance')) nav.append(h('a', { href: '/desk/reports/' }, ctx.t('navReports')));
  document.querySelector('.who').textContent = `${ctx.me.name} (${ctx.me.roles.join(', ')})`;
  markCurrent();
}

function markCurrent() {
  const hash = location.hash || '#/queue';
  document.querySelectorAll('.nav a').forEach((a) => {
    if (a.dataset.nav && hash.startsWith(a.dataset.nav)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

function alertArrival(waiting) {
  document.body.dataset.alerts = String(Number(document.body.dataset.alerts || 0) + 1);
  ctx.announce(ctx.t('newArrival'));
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.1;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
  } catch (e) { /* no sound device: the notification and the announcement remain */ }
  if ('Notification' in window && Notification.permission === 'granted') {
    new Notification(ctx.t('newArrival'), { body: `${ctx.t('grade')} ${waiting.grade} · ${waiting.reason}`, tag: waiting.conversation });
  }
}

function listen() {
  const state = document.querySelector('.live-state');
  const events = new EventSource('/api/v1/desk/queue/events');
  let first = true;
  events.addEventListener('open', () => { state.textContent = ctx.t('live'); state.className = 'live-state on'; });
  events.addEventListener('error', () => { state.textContent = ctx.t('offline'); state.className = 'live-state off'; });
  events.addEventListener('queue', (e) => {
    const queue = JSON.parse(e.data);
    const known = new Set(ctx.queue.map((w) => w.conversation));
    const arrived = queue.filter((w) => !known.has(w.conversation));
    ctx.queue = queue;
    if (!first && arrived.length) alertArrival(arrived[0]);
    first = false;
    const count = document.querySelector('.nav .count');
    if (count) { count.textContent = String(queue.length); count.setAttribute('aria-label', String(queue.length)); }
    if (ctx.onQueue) ctx.onQueue(queue);
  });
}

async function start() {
  ctx.me = await get('/me');
  const select = document.getElementById('lang');
  for (const lang of LANGS) select.append(new Option(LANG_NAMES[lang], lang));
  select.value = ctx.lang;
  select.addEventListener('change', () => { ctx.lang = select.value; choose(ctx.lang); drawShell(); route(); });
  document.querySelector('.logout input[name=_csrf]').value = csrfToken();
  drawShell();
  if (ctx.has('agent') || ctx.has('supervisor')) listen();
  if (!location.hash) location.replace(ctx.has('agent') || ctx.has('supervisor') ? '#/queue'
    : ctx.has('compliance') ? '#/compliance' : '#/inquiries');
  window.addEventListener('hashchange', route);
  route();
}


start();
