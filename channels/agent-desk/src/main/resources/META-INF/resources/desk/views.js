// The lists: deferred inquiries; the supervisor's breaches, call-backs and agents' load; compliance's confidential
// tickets (only that role sees them, and every list and read is audited on the server).
import { h, span, when } from './dom.js';
import { get, post } from './api.js';

function ticketTable(ctx, items, label) {
  return h('table.tickets', {},
    h('caption.visually-hidden', { text: label }),
    h('thead', {}, h('tr', {}, ...['ticket', 'type', 'status', 'grade', 'dueBy'].map((k) => h('th', { scope: 'col', text: ctx.t(k) })))),
    h('tbody', {}, ...items.map((tk) => h('tr', { 'data-ticket': tk.number },
      h('td', {}, h('a', { href: `#/ticket/${tk.number}`, text: tk.number })),
      h('td', { text: ctx.t('ty_' + tk.type) }),
      h('td', { text: ctx.t('st_' + tk.status) }),
      h('td', { text: String(tk.grade) }),
      h('td', {}, h('time', { datetime: tk.dueBy, text: when(tk.dueBy, ctx.lang) }),
        Date.parse(tk.dueBy) < Date.now() ? h('span.overdue', { text: ` ${ctx.t('overdue')} ${span(Date.now() - Date.parse(tk.dueBy))}` }) : null)))));
}

function section(ctx, titleKey, ...content) {
  const id = 'h-' + titleKey;
  return h('section', { 'aria-labelledby': id }, h('h2', { id, tabindex: '-1', text: ctx.t(titleKey) }), ...content);
}

export async function inquiriesView(ctx) {
  const page = await get('/tickets?type=inquiry&status=accepted&size=100');
  return section(ctx, 'inquiriesTitle',
    page.items.length ? ticketTable(ctx, page.items, ctx.t('inquiriesTitle')) : h('p.empty', { text: ctx.t('inquiriesEmpty') }));
}

export async function supervisorView(ctx) {
  const open = [];
  for (const status of ['accepted', 'forwarded', 'in_progress']) {
    open.push(...(await get(`/tickets?status=${status}&size=100`)).items);
  }
  const breaches = open.filter((tk) => Date.parse(tk.dueBy) < Date.now()).sort((a, b) => Date.parse(a.dueBy) - Date.parse(b.dueBy));
  const [callbacks, load] = await Promise.all([get('/callbacks'), get('/agents/load')]);
  const status = h('p.form-status', { role: 'status' });
  const callbackRows = callbacks.map((c, i) => {
    const outcome = h('input', { id: `outcome-${i}`, 'aria-label': `${ctx.t('outcome')} ${c.ticket}` });
    return h('tr', { 'data-ticket': c.ticket, class: c.overdue ? 'overdue' : '' },
      h('td', {}, h('a', { href: `#/ticket/${c.ticket}`, text: c.ticket })),
      h('td', { text: c.reason }),
      h('td', {}, h('time', { datetime: c.dueBy, text: when(c.dueBy, ctx.lang) })),
      h('td', {}, outcome, h('button', { type: 'button', onclick: async () => {
        try { await post(`/callbacks/${c.ticket}/done`, { outcome: outcome.value.trim() }); ctx.go('#/supervisor'); } catch (e) { status.textContent = ctx.t('error', { detail: e.message }); }
      } }, ctx.t('done'))));
  });
  return h('div.supervisor-view', {},
    section(ctx, 'supervisorTitle',
      h('h3', { text: ctx.t('breaches') }),
      breaches.length ? ticketTable(ctx, breaches, ctx.t('breaches')) : h('p.empty.no-breaches', { text: ctx.t('noBreaches') }),
      h('h3', { text: ctx.t('callbacks') }),
      callbacks.length ? h('table.callbacks', {}, h('thead', {}, h('tr', {}, ...['ticket', 'reason', 'dueBy', 'outcome'].map((k) => h('th', { scope: 'col', text: ctx.t(k) })))), h('tbody', {}, ...callbackRows))
        : h('p.empty', { text: ctx.t('noCallbacks') }),
      h('h3', { text: ctx.t('load') }),
      load.length ? h('table.load', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: ctx.t('agent') }), h('th', { scope: 'col', text: ctx.t('conversations') }))),
        h('tbody', {}, ...load.map((l) => h('tr', { 'data-agent': l.agent }, h('td', { text: l.agent }), h('td.count', { text: String(l.count) })))))
        : h('p.empty', { text: ctx.t('noLoad') }),
      status));
}

export async function complianceView(ctx) {
  if (!ctx.has('compliance')) return section(ctx, 'complianceTitle', h('p.error', { role: 'alert', text: ctx.t('refused') }));
  const page = await get('/tickets?size=100');
  const confidential = page.items.filter((tk) => tk.confidential);
  return section(ctx, 'complianceTitle',
    confidential.length ? ticketTable(ctx, confidential, ctx.t('complianceTitle')) : h('p.empty', { text: ctx.t('noConfidential') }));
}
