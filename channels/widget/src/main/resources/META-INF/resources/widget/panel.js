// The chat panel: messages, quick replies, the typing indicator, the satisfaction survey, the customer's
// tickets and the feedback form. Messages not yet answered are kept in localStorage under their own ids and
// sent again after a reconnect or a reload; the server answers an id once, so nothing is lost or doubled.
import { textsFor } from './i18n.js';
import { helloFrame, identityHeaders, randomId } from './identity.js';
import { Connection } from './connection.js';
import { STYLES } from './styles.js';

const REFUSALS = ['identity-required', 'bad-visitor', 'bad-user', 'bad-signature', 'signing-not-configured', 'expired-signature'];
const RETRY_MS = 2000;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

export class ChatPanel {
  constructor({ base, lang, identity, store, open }) {
    this.base = base;
    this.lang = lang;
    this.t = textsFor(lang);
    this.identity = identity;
    this.store = store;
    this.pendingKey = `anxin.pending.${identity.key}`;
    this.activeKey = `anxin.active.${identity.key}`;
    this.pending = this.loadPending();
    this.awaiting = new Set();
    this.feedbackId = randomId();
    this.host = element('div', { class: 'anxin-widget', lang });
    this.root = this.host.attachShadow({ mode: 'open' });
    this.build();
    if (open) this.show();
    const socket = new URL('ws', this.base);
    socket.protocol = socket.protocol === 'https:' ? 'wss:' : 'ws:';
    this.connection = new Connection(socket.href, helloFrame(identity), (f) => this.onFrame(f), (s) => this.onState(s));
  }

  /**
   * Connects at once only for a customer who has talked to us from this browser (or has something unsent):
   * a page view by a visitor who never opens the panel costs the server nothing.
   */
  start() {
    if (!this.panel.hidden || this.pending.size > 0 || this.store.getItem(this.activeKey)) this.connect();
  }

  connect() {
    if (this.connected) return;
    this.connected = true;
    this.connection.open();
  }

  // ---- building the panel

  build() {
    const t = this.t;
    this.root.append(element('style', { text: STYLES }));
    this.launcher = element('button', { class: 'launcher', type: 'button', text: t.launcher });
    this.launcher.addEventListener('click', () => this.show());
    this.closeButton = element('button', { class: 'close', type: 'button', 'aria-label': t.close, text: '×' });
    this.closeButton.addEventListener('click', () => this.hide());
    this.tabs = {};
    const nav = element('nav', { role: 'tablist' });
    for (const [name, label] of [['chat', t.tabChat], ['tickets', t.tabTickets], ['feedback', t.tabFeedback]]) {
      const tab = element('button', { type: 'button', role: 'tab', class: `tab-${name}`, text: label });
      tab.addEventListener('click', () => this.select(name));
      this.tabs[name] = tab;
      nav.append(tab);
    }
    this.status = element('div', { class: 'status', role: 'status', hidden: '' });
    this.views = { chat: this.buildChat(), tickets: this.buildTickets(), feedback: this.buildFeedback() };
    this.panel = element('section', { class: 'panel', role: 'dialog', 'aria-label': t.title, hidden: '' },
      element('header', {}, element('div', { class: 'row' }, element('strong', { class: 'title', text: t.title }), this.closeButton), nav),
      this.status, this.views.chat, this.views.tickets, this.views.feedback);
    this.root.append(this.launcher, this.panel);
    this.select('chat');
  }

  buildChat() {
    const t = this.t;
    this.messages = element('ol', { class: 'messages', 'aria-live': 'polite' });
    this.typing = element('div', { class: 'typing', hidden: '', text: t.typing });
    this.quick = element('div', { class: 'quick' });
    this.survey = this.buildSurvey();
    this.input = element('textarea', { class: 'input', maxlength: '4000', placeholder: t.placeholder, 'aria-label': t.placeholder });
    const composer = element('form', { class: 'composer' }, this.input,
      element('button', { class: 'primary send', type: 'submit', text: t.send }));
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = '';
      this.sendText(text);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    return element('div', { class: 'view chat' }, this.messages, this.typing, this.quick, this.survey, composer);
  }

  buildSurvey() {
    const t = this.t;
    const scale = (name, legend) => {
      const row = element('div', { class: 'scale' });
      for (let score = 0; score <= 10; score++) {
        row.append(element('label', {}, element('input', { type: 'radio', name, value: String(score), 'aria-label': `${legend} ${score}` }), String(score)));
      }
      return element('fieldset', { class: `scale-${name}` }, element('legend', { text: legend }), row);
    };
    const submit = element('button', { class: 'primary survey-send', type: 'submit', disabled: '', text: t.surveySend });
    const form = element('form', { class: 'survey', hidden: '' }, element('p', { text: t.surveyTitle }),
      scale('result', t.surveyResult), scale('attitude', t.surveyAttitude), submit);
    form.addEventListener('change', () => {
      submit.disabled = !(form.elements.result.value && form.elements.attitude.value);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // the engine reads two numbers while a survey is pending: result first, then attitude
      this.sendText(`${form.elements.result.value} ${form.elements.attitude.value}`);
      form.reset();
      submit.disabled = true;
      form.hidden = true;
    });
    return form;
  }

  buildTickets() {
    this.ticketList = element('ol', { class: 'ticket-list' });
    return element('div', { class: 'view tickets', hidden: '' }, this.ticketList);
  }

  buildFeedback() {
    const t = this.t;
    this.feedbackText = element('textarea', { class: 'feedback-text', maxlength: '2000', rows: '6', 'aria-label': t.feedbackText });
    this.feedbackContact = element('input', { class: 'feedback-contact', type: 'text', maxlength: '100', 'aria-label': t.contact });
    this.feedbackResult = element('div', { class: 'feedback-result', role: 'status' });
    const form = element('form', {},
      element('label', { text: t.feedbackText }), this.feedbackText,
      element('label', { text: t.contact }), this.feedbackContact,
      element('button', { class: 'primary feedback-send', type: 'submit', text: t.feedbackSend }), this.feedbackResult);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.sendFeedback();
    });
    return element('div', { class: 'view feedback', hidden: '' }, form);
  }

  show() {
    this.launcher.hidden = true;
    this.launcher.classList.remove('unread');
    this.panel.hidden = false;
    if (this.connection) this.connect();
  }

  hide() {
    this.panel.hidden = true;
    this.launcher.hidden = false;
  }

  select(name) {
    for (const [view, node] of Object.entries(this.views)) {
      node.hidden = view !== name;
      this.tabs[view].setAttribute('aria-selected', String(view === name));
    }
    if (name === 'tickets') this.loadTickets();
  }

  // ---- the conversation

  loadPending() {
    try {
      return new Map(JSON.parse(this.store.getItem(this.pendingKey) || '[]'));
    } catch {
      return new Map();
    }
  }

  savePending() {
    this.store.setItem(this.pendingKey, JSON.stringify(Array.from(this.pending)));
  }

  sendText(text) {
    this.store.setItem(this.activeKey, '1');
    const id = randomId();
    this.pending.set(id, text);
    this.savePending();
    this.clearQuickReplies();
    this.addLine('customer', text, id, true);
    this.transmit(id);
  }

  transmit(id) {
    const text = this.pending.get(id);
    if (text !== undefined && this.connection.send({ type: 'message', id, text })) this.awaiting.add(id);
  }

  onState(state) {
    if (state === 'offline') this.showStatus(this.t.offline, false);
    else this.status.hidden = true;
  }

  showStatus(text, refused) {
    this.status.textContent = text;
    this.status.classList.toggle('refused', refused);
    this.status.hidden = false;
  }

  onFrame(frame) {
    switch (frame.type) {
      case 'welcome': return this.onWelcome(frame);
      case 'typing': this.typing.hidden = false; return undefined;
      case 'answer': return this.onAnswer(frame);
      case 'push': return this.onPush(frame);
      case 'error': return this.onError(frame);
      default: return undefined;
    }
  }

  /** Drawn again from the transcript at every (re)connect: what was answered while we were away is in it. */
  onWelcome(frame) {
    this.messages.replaceChildren();
    this.awaiting.clear();
    this.typing.hidden = true;
    const answered = new Set();
    for (const line of frame.history) {
      this.addLine(line.speaker, line.text, line.id, false);
      if (line.speaker === 'customer' && line.id) answered.add(line.id);
    }
    this.showQuickReplies(frame.quickReplies || []);
    this.survey.hidden = !frame.survey;
    for (const [id, text] of Array.from(this.pending)) {
      if (answered.has(id)) {
        this.pending.delete(id);
      } else {
        this.addLine('customer', text, id, true);
        this.transmit(id);
      }
    }
    this.savePending();
  }

  onAnswer(frame) {
    const bubble = this.messages.querySelector(`[data-id="${CSS.escape(frame.id)}"]`);
    if (bubble) this.markSent(bubble);
    this.pending.delete(frame.id);
    this.savePending();
    this.awaiting.delete(frame.id);
    this.typing.hidden = this.awaiting.size === 0;
    this.addReplies(frame.replies);
    if (frame.ticket) {
      const { number, type, status } = frame.ticket;
      this.addLine('ticket', `${this.t.ticket} ${number} · ${this.t.type[type] || type} · ${this.t.status[status] || status}`);
    }
  }

  onPush(frame) {
    if (this.panel.hidden) this.launcher.classList.add('unread'); // a survey or an agent's reply while the panel is shut
    this.addReplies(frame.replies);
    if (frame.survey) this.survey.hidden = false;
  }

  onError(frame) {
    if (REFUSALS.includes(frame.code)) {
      this.connection.stop();
      this.showStatus(frame.code === 'expired-signature' ? this.t.errors.expired : this.t.errors.refused, true);
      return;
    }
    if (!frame.id || !this.pending.has(frame.id)) return;
    this.awaiting.delete(frame.id);
    this.typing.hidden = this.awaiting.size === 0;
    if (frame.code === 'invalid-message') {
      // the server will never take it: say so, and give the words back to edit
      const text = this.pending.get(frame.id);
      this.pending.delete(frame.id);
      this.savePending();
      const bubble = this.messages.querySelector(`[data-id="${CSS.escape(frame.id)}"]`);
      if (bubble) {
        bubble.classList.add('failed');
        bubble.querySelector('.note').textContent = frame.field === 'text' ? this.t.errors.messageTooLong : this.t.failed;
      }
      if (!this.input.value) this.input.value = text;
      return;
    }
    // busy or unavailable: still pending, tried again shortly
    setTimeout(() => this.transmit(frame.id), RETRY_MS);
  }

  addReplies(replies) {
    for (const reply of replies) this.addLine('bot', reply.text);
    const last = replies[replies.length - 1];
    this.showQuickReplies(last ? last.quickReplies || [] : []);
  }

  addLine(speaker, text, id, pending) {
    if (id && speaker === 'customer') {
      const existing = this.messages.querySelector(`[data-id="${CSS.escape(id)}"]`);
      if (existing) return existing;
    }
    const line = element('li', { class: `msg ${speaker}` }, element('span', { class: 'text', text }));
    if (id && speaker === 'customer') {
      line.dataset.id = id;
      line.append(element('span', { class: 'note', text: pending ? this.t.pending : '' }));
      if (pending) line.classList.add('pending');
    }
    this.messages.append(line);
    this.messages.scrollTop = this.messages.scrollHeight;
    return line;
  }

  markSent(bubble) {
    bubble.classList.remove('pending');
    bubble.querySelector('.note').textContent = '';
  }

  clearQuickReplies() {
    this.quick.replaceChildren();
  }

  showQuickReplies(choices) {
    this.clearQuickReplies();
    for (const choice of choices) {
      const button = element('button', { type: 'button', class: 'quick-reply', text: choice });
      button.addEventListener('click', () => this.sendText(choice));
      this.quick.append(button);
    }
  }

  // ---- tickets and feedback, over HTTP

  async loadTickets() {
    this.ticketList.replaceChildren(element('li', { text: this.t.loading }));
    try {
      const response = await fetch(new URL('api/tickets', this.base), { headers: identityHeaders(this.identity) });
      if (!response.ok) throw await this.problem(response);
      const { tickets } = await response.json();
      this.ticketList.replaceChildren(...(tickets.length ? tickets.map((ticket) => element('li', {
        class: 'ticket-item', 'data-number': ticket.number,
        text: `${ticket.number} · ${this.t.type[ticket.type] || ticket.type} · ${this.t.status[ticket.status] || ticket.status}`,
      })) : [element('li', { class: 'empty', text: this.t.noTickets })]));
    } catch (problem) {
      this.ticketList.replaceChildren(element('li', { class: 'error', text: this.explain(problem) }));
    }
  }

  async sendFeedback() {
    const body = { id: this.feedbackId, text: this.feedbackText.value, contact: this.feedbackContact.value };
    this.feedbackResult.replaceChildren();
    try {
      const response = await fetch(new URL('api/feedback', this.base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...identityHeaders(this.identity) },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw await this.problem(response);
      const answer = await response.json();
      const lines = [element('p', { text: this.t.feedbackDone })];
      for (const reply of answer.replies) lines.push(element('p', { class: 'reply', text: reply.text }));
      if (answer.ticket) lines.push(element('p', { class: 'feedback-ticket', text: `${this.t.ticket} ${answer.ticket.number}` }));
      this.feedbackResult.replaceChildren(...lines);
      this.feedbackText.value = '';
      this.feedbackContact.value = '';
      this.feedbackId = randomId(); // the next submission is a new one; a retry of this one kept its id
    } catch (problem) {
      this.feedbackResult.replaceChildren(element('p', { class: 'error', text: this.explain(problem) }));
    }
  }

  async problem(response) {
    try {
      return await response.json();
    } catch {
      return { status: response.status };
    }
  }

  /** A problem (RFC 9457) or a network failure, in the customer's words. */
  explain(problem) {
    const errors = this.t.errors;
    if (problem && problem.code) return problem.code === 'expired-signature' ? errors.expired : errors.refused;
    if (problem && problem.field === 'text') return /longer/.test(problem.detail || '') ? errors.textTooLong : errors.textRequired;
    if (problem && problem.field === 'contact') return errors.contactTooLong;
    if (problem && problem.status === 503) return errors.unavailable;
    return errors.failed;
  }
}
