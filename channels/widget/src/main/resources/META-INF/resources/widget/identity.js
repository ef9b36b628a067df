// Who is writing: a user the host app signed for (data-user, data-timestamp, data-signature), or an anonymous
// visitor whose random id this browser keeps, so that the same visitor finds their conversation again.

const VISITOR_KEY = 'anxin.visitor';
const VISITOR = /^[A-Za-z0-9-]{16,64}$/;

/** A random id; crypto.randomUUID exists only on secure pages, getRandomValues everywhere. */
export function randomId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** localStorage, or a stand-in that forgets when storage is switched off (private modes, sandboxed frames). */
export function storage() {
  try {
    localStorage.setItem('anxin.probe', '1');
    localStorage.removeItem('anxin.probe');
    return localStorage;
  } catch {
    const memory = new Map();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, String(v)), removeItem: (k) => memory.delete(k) };
  }
}

export function identityFrom(dataset, store) {
  if (dataset.user) {
    return { user: dataset.user, timestamp: dataset.timestamp || '', signature: dataset.signature || '', key: `user:${dataset.user}` };
  }
  let visitor = store.getItem(VISITOR_KEY);
  if (!visitor || !VISITOR.test(visitor)) {
    visitor = randomId();
    store.setItem(VISITOR_KEY, visitor);
  }
  return { visitor, key: `visitor:${visitor}` };
}

/** The fields of the socket's hello frame. */
export function helloFrame(identity) {
  return identity.user
    ? { type: 'hello', user: identity.user, timestamp: identity.timestamp, signature: identity.signature }
    : { type: 'hello', visitor: identity.visitor };
}

/** The same claim as headers, for the HTTP calls. */
export function identityHeaders(identity) {
  return identity.user
    ? { 'X-Anxin-User': identity.user, 'X-Anxin-Timestamp': identity.timestamp, 'X-Anxin-Signature': identity.signature }
    : { 'X-Anxin-Visitor': identity.visitor };
}
