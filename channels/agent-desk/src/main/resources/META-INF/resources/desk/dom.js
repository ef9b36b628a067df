// A small DOM builder: text always goes in as text, never as HTML, so nothing a customer writes can run here.
export function h(tag, attrs = {}, ...children) {
  const [name, ...classes] = tag.split('.');
  const e = document.createElement(name || 'div');
  if (classes.length) e.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) e.addEventListener(key.slice(2), value);
    else if (key === 'text') e.textContent = value;
    else if (key === 'value') e.value = value;
    else e.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    e.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return e;
}

/** How long from now until {@code iso} (negative when past), as 1d 2h 3m or 4m 05s. */
export function span(ms) {
  const past = ms < 0;
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400); s -= d * 86400;
  const hh = Math.floor(s / 3600); s -= hh * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  const text = d ? `${d}d ${hh}h ${m}m` : hh ? `${hh}h ${m}m` : `${m}m ${String(s).padStart(2, '0')}s`;
  return past ? '-' + text : text;
}

export function when(iso, lang) {
  return new Date(iso).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });
}
