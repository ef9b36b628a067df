// One conversation with a person: the transcript with the triage of each customer line, the reply box (with the
// canned replies in the customer's language), hand back to the bot, and the conversation's ticket beside it.
import { h, when } from './dom.js';
import { get, post } from './api.js';
import { ticketPanel } from './ticket.js';

let canned = null;

function triage(ctx, tr) {
  if (!tr) return null;
  return h('p.triage', {},
    h('span.intent', {}, `${ctx.t('intent')}: ${tr.intent}${tr.category ? ' / ' + tr.category : ''}`),
    tr.flags.length ? h('span.flags', {}, `${ctx.t('flags')}: ${tr.flags.join(', ')}`) : null,
    h('span', { class: `anger a${tr.anger}` }, `${ctx.t('anger')}: ${tr.anger}`));
}

function line(ctx, l) {
  return h(`li.line.${l.speaker}`, {},
    h('span.speaker', { text: ctx.t(l.speaker) || l.speaker }),
    h('time', { datetime: l.at, text: when(l.at, ctx.lang) }),
    h('p.text', { text: l.text }),
    l.speaker === 'customer' ? triage(ctx, l.triage) : null);
}

export async function conversationView(ctx, id) {
  const c = await get(`/conversations/${id}`);
  if (canned === null) canned = await get('/canned-replies').catch(() => []);
  const list = h('ol.transcript', { 'aria-label': ctx.t('transcript') });
  // an agent's reply joins the transcript once the outbox has delivered it
  const draw = (conversation) => list.replaceChildren(...conversation.transcript.map((l) => line(ctx, l)));
  draw(c);
  // new customer lines while the agent works: the transcript is read again every few seconds
  ctx.timers.push(setInterval(() => get(`/conversations/${id}`).then(draw).catch(() => {}), 3000));

  const status = h('p.form-status', { role: 'status' });
  const text = h('textarea.reply-text', { id: 'reply-text', rows: '3', maxlength: '2000' });
  const pick = h('select.canned', { id: 'canned', 'aria-label': ctx.t('canned') },
    h('option', { value: '', text: ctx.t('cannedPick') }),
    ...canned.map((r) => h('option', { value: r.id, text: r.texts[c.lang] || r.texts.en })));
  pick.addEventListener('change', () => {
    const chosen = canned.find((r) => r.id === pick.value);
    if (chosen) { text.value = chosen.texts[c.lang] || chosen.texts.en; text.focus(); }
  });
  const mine = c.owner === ctx.me.id;
  const form = h('form.reply', { 'aria-label': ctx.t('reply') },
    h('label', { for: 'canned', text: ctx.t('canned') }), pick,
    h('label', { for: 'reply-text', text: ctx.t('reply') }), text,
    h('button.primary.send-reply', { type: 'submit', disabled: !mine }, ctx.t('send')), status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const words = text.value.trim();
    if (!words) return;
    try {
      await post(`/conversations/${id}/replies`, { text: words, replyId: crypto.randomUUID() });
      text.value = '';
      status.textContent = ctx.t('sent');
      get(`/conversations/${id}`).then(draw).catch(() => draw(c));
    } catch (err) {
      status.textContent = ctx.t('error', { detail: err.message });
    }
  });
  // Ctrl+Enter sends, as in most chat tools; Enter alone makes a new line
  text.addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.ctrlKey) form.requestSubmit(); });

  const handBack = h('button.hand-back', { type: 'button', disabled: !mine, onclick: async () => {
    try {
      await post(`/conversations/${id}/hand-on`, {});
      ctx.announce(ctx.t('handedBack'));
      status.textContent = ctx.t('handedBack');
      handBack.disabled = true;
      form.querySelector('button.send-reply').disabled = true;
    } catch (err) {
      status.textContent = ctx.t('error', { detail: err.message });
    }
  } }, ctx.t('handBack'));

  const side = c.lastTicket ? await ticketPanel(ctx, c.lastTicket).catch((e) => h('p.error', { text: e.message })) : null;
  return h('div.conversation-view', {},
    h('section.conversation', { 'aria-labelledby': 'conv-title' },
      h('h2', { id: 'conv-title', tabindex: '-1' }, `${ctx.t('transcript')} · ${c.channel} · ${c.lang}`),
      h('p.meta', {}, `${ctx.t('owner')}: ${c.owner || '—'} · ${c.id}`),
      h('a.back', { href: '#/queue', text: ctx.t('back') }),
      list, form, handBack),
    side ? h('aside.ticket-side', { 'aria-label': ctx.t('ticket') }, side) : null);
}
