// The socket to /widget/ws: says hello first, reconnects with growing pauses when the connection drops, and
// stops for good when the server refuses who we are.

const KEEPALIVE_MS = 25000;
const MAX_PAUSE_MS = 10000;

export class Connection {
  constructor(url, hello, onFrame, onState) {
    this.url = url;
    this.hello = hello;
    this.onFrame = onFrame;
    this.onState = onState;
    this.attempt = 0;
    this.ready = false;
    this.stopped = false;
    this.nextPause = null;
    this.ws = null;
    this.keepalive = setInterval(() => this.send({ type: 'ping' }), KEEPALIVE_MS);
  }

  open() {
    this.stopped = false;
    this.connect();
  }

  connect() {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    this.ready = false;
    ws.onopen = () => ws.send(JSON.stringify(this.hello));
    ws.onmessage = (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (frame.type === 'welcome') {
        this.ready = true;
        this.attempt = 0;
        this.onState('online');
      }
      this.onFrame(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ready = false;
      if (this.stopped) return;
      this.onState('offline');
      const pause = this.nextPause ?? Math.min(MAX_PAUSE_MS, 500 * 2 ** this.attempt++);
      this.nextPause = null;
      this.timer = setTimeout(() => this.connect(), pause);
    };
  }

  /** @returns whether the frame went out now; otherwise the caller keeps it for the next connection */
  send(frame) {
    if (!this.ready || !this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /** The server refused us: no reconnecting, which could only be refused again. */
  stop() {
    this.stopped = true;
    clearInterval(this.keepalive);
    clearTimeout(this.timer);
    if (this.ws) this.ws.close();
  }

  /** As if the network dropped, reconnecting after pauseMs: for trying the widget out and for its tests. */
  drop(pauseMs = 0) {
    this.nextPause = pauseMs;
    if (this.ws) this.ws.close();
  }
}
