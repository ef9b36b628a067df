// The live queue: most severe first, then longest waiting (the server's order), redrawn whenever the server pushes
// a change; the waiting times tick here. Taking over: of two agents at once one wins, the other is told who did.
import { h, span } from './dom.js';
import { post } from './api.js';

export async function takeOver(ctx, conversation) {
  try {
    await post(`/conversations/${conversation}/takeover`);
    ctx.go(`#/conversation/${conversation}`);
  } catch (e) {
    const owner = e.status === 409 ? (e.message.match(/taken by (\S+)$/) || [])[1] : null;
    const message = owner ? ctx.t('takenBy', { agent: owner }) : e.status === 404 ? ctx.t('notWaiting')
      : ctx.t('error', { detail: e.message });
    const notice = document.querySelector('.queue-notice');
    if (notice) notice.textContent = message;
    ctx.announce(message);
  }
}

export function queueView(ctx) {
  const body = h('tbody');
  const empty = h('p.empty', { text: ctx.t('queueEmpty') });
  const table = h('table.queue', {},
    h('caption.visually-hidden', { text: ctx.t('queueTitle') }),
    h('thead', {}, h('tr', {}, ...['grade', 'reason', 'waiting', 'takeOver'].map((k) => h('th', { scope: 'col', text: ctx.t(k) })))),
    body);
  const notifyButton = 'Notification' in window && Notification.permission === 'default'
    ? h('button.notify', { type: 'button', onclick: (e) => { Notification.requestPermission(); e.target.remove(); } }, ctx.t('notify'))
    : null;

  function draw(queue) {
    body.replaceChildren(...queue.map((w) => h('tr', { 'data-conversation': w.conversation },
      h('td', {}, h('span', { class: `grade g${w.grade}` }, String(w.grade))),
      h('td', { text: w.reason }),
      h('td.waited', { 'data-since': w.since, text: span(Date.now() - Date.parse(w.since)) }),
      h('td', {}, h('button.take', { type: 'button', 'aria-label': `${ctx.t('takeOver')} ${w.conversation}`,
        onclick: () => takeOver(ctx, w.conversation) }, ctx.t('takeOver'))))));
    table.hidden = queue.length === 0;
    empty.hidden = queue.length > 0;
  }
  draw(ctx.queue);
  ctx.onQueue = draw;
  ctx.timers.push(setInterval(() => body.querySelectorAll('.waited').forEach((cell) => {
    cell.textContent = span(Date.now() - Date.parse(cell.dataset.since));
  }), 1000));
  return h('section.queue-view', { 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title', tabindex: '-1', text: ctx.t('queueTitle') }),
    notifyButton,
    h('p.queue-notice', { role: 'alert' }),
    empty, table);
}
