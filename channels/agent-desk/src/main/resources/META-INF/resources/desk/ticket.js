// The ticket panel: status and the procedure's next steps, the time limits counting down, the complaint form,
// extension and re-complaint; for an inquiry the knowledge base could not answer, the answer to the customer and
// "save as knowledge-base entry".
import { h, span, when } from './dom.js';
import { get, post, patch } from './api.js';

const NEXT = {
  accepted: ['forwarded', 'in_progress', 'resolved', 'closed_at_intake'],
  forwarded: ['in_progress'],
  in_progress: ['resolved'],
  resolved: ['followed_up', 'archived'],
  followed_up: ['archived'],
};
const FIELDS = {
  complaint: ['responsibleDepartment', 'responsiblePerson', 'factsEstablished', 'correctiveMeasures', 'actionOnStaff', 'satisfaction'],
  suggestion: ['responsibleDepartment', 'responsiblePerson', 'leaderDecision'],
  inquiry: ['responsibleDepartment', 'responsiblePerson', 'answer'],
};
const OPEN = ['accepted', 'forwarded', 'in_progress'];
const LONG = ['factsEstablished', 'correctiveMeasures', 'actionOnStaff', 'leaderDecision', 'answer'];

let serial = 0;

export async function ticketView(ctx, number) {
  return h('section.ticket-view', { 'aria-labelledby': 'ticket-view-title' },
    h('h2', { id: 'ticket-view-title', tabindex: '-1', text: `${ctx.t('ticket')} ${number}` }),
    await ticketPanel(ctx, number));
}

export async function ticketPanel(ctx, number) {
  const holder = h('div.ticket-holder');
  const status = h('p.form-status', { role: 'status' });
  async function act(change, done) {
    try {
      const result = await change();
      status.textContent = done ? done(result) : ctx.t('saved');
      await redraw();
    } catch (e) {
      status.textContent = ctx.t('error', { detail: e.message });
    }
  }
  async function redraw(ticket) {
    const tk = ticket || await get(`/tickets/${number}`);
    const focused = document.activeElement && holder.contains(document.activeElement) ? document.activeElement.className : null;
    holder.replaceChildren(draw(ctx, tk, act), status);
    if (focused) holder.querySelector('.' + focused.split(' ')[0])?.focus();
  }
  await redraw();
  return holder;
}

function draw(ctx, tk, act) {
  const id = (name) => `${name}-${++serial}`;
  const number = tk.number;
  const open = OPEN.includes(tk.status);

  const facts = h('dl.facts', {},
    h('dt', { text: ctx.t('type') }), h('dd', { text: ctx.t('ty_' + tk.type) }),
    h('dt', { text: ctx.t('status') }), h('dd.ticket-status', { text: ctx.t('st_' + tk.status) }),
    h('dt', { text: ctx.t('grade') }), h('dd', { text: String(tk.grade) }),
    h('dt', { text: ctx.t('channel') }), h('dd', { text: tk.channel }),
    h('dt', { text: ctx.t('createdAt') }), h('dd', { text: when(tk.createdAt, ctx.lang) }),
    h('dt', { text: ctx.t('content') }), h('dd.content', { text: tk.content }),
    tk.confidential ? h('dt', { text: ctx.t('confidential') }) : null, tk.confidential ? h('dd', { text: '✓' }) : null,
    tk.extensionReason ? h('dt', { text: ctx.t('extend') }) : null, tk.extensionReason ? h('dd', { text: tk.extensionReason }) : null);

  const clocks = h('ul.milestones', { 'aria-label': ctx.t('deadlines') }, ...(tk.milestones || []).map((m) => {
    const left = Date.parse(m.dueBy) - Date.now();
    const state = m.met ? 'met' : left < 0 ? 'overdue' : m.warnAt && Date.parse(m.warnAt) < Date.now() ? 'warning' : 'running';
    return h(`li.milestone.${state}`, { 'data-due': m.dueBy, 'data-met': m.met ? 'true' : 'false' },
      h('span.name', { text: ctx.t('ms_' + m.milestone) }),
      h('time', { datetime: m.dueBy, text: when(m.dueBy, ctx.lang) }),
      h('span.left', { text: m.met ? ctx.t('met') : left < 0 ? `${ctx.t('overdue')} ${span(-left)}` : `${span(left)} ${ctx.t('left')}` }));
  }));
  const ticking = setInterval(() => {
    if (!clocks.isConnected) { clearInterval(ticking); return; }
    clocks.querySelectorAll('li[data-met=false]').forEach((li) => {
      const left = Date.parse(li.dataset.due) - Date.now();
      li.querySelector('.left').textContent = left < 0 ? `${ctx.t('overdue')} ${span(-left)}` : `${span(left)} ${ctx.t('left')}`;
      if (left < 0) li.className = 'milestone overdue';
    });
  }, 1000);

  const note = h('input.transition-note', { id: id('note'), maxlength: '1000' });
  const moves = h('div.transitions', { role: 'group', 'aria-label': ctx.t('transitions') },
    h('label', { for: note.id, text: ctx.t('note') }), note,
    ...(NEXT[tk.status] || []).map((to) => h(`button.move.to-${to}`, { type: 'button', 'data-to': to,
      onclick: () => act(() => post(`/tickets/${number}/transitions`, note.value.trim() ? { to, note: note.value.trim() } : { to })) },
    ctx.t('moveTo', { to: ctx.t('st_' + to) }))));

  const formFields = (FIELDS[tk.type] || []).map((field) => {
    const input = h(LONG.includes(field) ? 'textarea' : 'input', { id: id(field), name: field, value: tk.form[field] || '' });
    return [h('label', { for: input.id, text: ctx.t('f_' + field) }), input];
  });
  const form = h('form.ticket-form', { 'aria-label': ctx.t('form') }, ...formFields.flat(), h('button', { type: 'submit' }, ctx.t('save')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changed = {};
    form.querySelectorAll('[name]').forEach((input) => {
      const value = input.value.trim();
      if (value && value !== (tk.form[input.name] || '')) changed[input.name] = value;
    });
    if (Object.keys(changed).length) act(() => patch(`/tickets/${number}/form`, changed));
  });

  const parts = [h('h3', { text: `${ctx.t('ticket')} ${number}` }), facts, h('h4', { text: ctx.t('deadlines') }), clocks, moves, form];

  if (tk.type === 'complaint' && open && !tk.extensionReason) {
    const reason = h('input.extend-reason', { id: id('extend'), maxlength: '1000', required: true });
    const extend = h('form.extend', {}, h('label', { for: reason.id, text: ctx.t('extendReason') }), reason,
      h('button', { type: 'submit' }, ctx.t('extend')));
    extend.addEventListener('submit', (e) => { e.preventDefault(); act(() => post(`/tickets/${number}/extension`, { reason: reason.value.trim() })); });
    parts.push(extend);
  }
  if (tk.type === 'complaint' && ['resolved', 'followed_up'].includes(tk.status)) {
    const words = h('textarea.recomplaint-words', { id: id('words'), required: true });
    const again = h('form.recomplaint', {}, h('label', { for: words.id, text: ctx.t('reComplaintWords') }), words,
      h('button', { type: 'submit' }, ctx.t('reComplaint')));
    again.addEventListener('submit', (e) => {
      e.preventDefault();
      act(() => post(`/tickets/${number}/re-complaints`, { words: words.value.trim() }), (t) => ctx.t('reComplained', { number: t.number }));
    });
    parts.push(again);
  }
  if (tk.type === 'inquiry') parts.push(...inquiryParts(ctx, tk, act, id, open));
  return h('div.ticket-panel', { 'data-ticket': number }, ...parts);
}

function inquiryParts(ctx, tk, act, id, open) {
  const parts = [];
  if (open) {
    const answer = h('textarea.inquiry-answer', { id: id('answer'), required: true, maxlength: '2000' });
    const form = h('form.answer', {}, h('label', { for: answer.id, text: ctx.t('answer') }), answer,
      h('button.primary', { type: 'submit' }, ctx.t('answerSend')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act(() => post(`/tickets/${tk.number}/answer`, { text: answer.value.trim() }), () => ctx.t('answered'));
    });
    parts.push(form);
  }
  const kb = h('form.knowledge', { 'aria-label': ctx.t('saveKb') }, h('h4', { text: ctx.t('saveKb') }));
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    const q = h('input', { id: id('q'), name: `q.${lang}`, value: lang === tk.lang ? tk.content : '' });
    const a = h('textarea', { id: id('a'), name: `a.${lang}`, value: lang === tk.lang ? (tk.form.answer || '') : '' });
    kb.append(h('label', { for: q.id, text: ctx.t('kbQuestion', { lang }) }), q, h('label', { for: a.id, text: ctx.t('kbAnswer', { lang }) }), a);
  }
  kb.append(h('button', { type: 'submit' }, ctx.t('saveKb')));
  kb.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = (name) => kb.querySelector(`[name="${name}"]`).value.trim();
    const body = { ticket: tk.number, questions: {}, answers: {} };
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) { body.questions[lang] = value(`q.${lang}`); body.answers[lang] = value(`a.${lang}`); }
    act(() => post('/knowledge', body), (entry) => ctx.t('kbSaved', { id: entry.id }));
  });
  parts.push(kb);
  return parts;
}
