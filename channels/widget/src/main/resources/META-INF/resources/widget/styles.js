// The panel's styles, inside its shadow root: the host page's CSS cannot reach in, ours cannot leak out.
export const STYLES = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  font: 14px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2933; }
button { font: inherit; cursor: pointer; }
.launcher { border: 0; border-radius: 24px; padding: 10px 18px; background: #0f766e; color: #fff;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.launcher.unread::after { content: " ●"; color: #fbbf24; }
.panel { display: flex; flex-direction: column; width: min(360px, calc(100vw - 32px)); height: min(560px, calc(100vh - 32px));
  background: #fff; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.25); overflow: hidden; }
[hidden] { display: none !important; }
header { background: #0f766e; color: #fff; padding: 8px 12px; }
header .row { display: flex; justify-content: space-between; align-items: center; }
header .close { background: none; border: 0; color: #fff; font-size: 18px; }
nav { display: flex; gap: 4px; margin-top: 6px; }
nav button { background: rgba(255,255,255,.15); color: #fff; border: 0; border-radius: 6px; padding: 3px 8px; }
nav button[aria-selected="true"] { background: #fff; color: #0f766e; }
.status { background: #fef3c7; color: #78350f; padding: 6px 12px; font-size: 13px; }
.status.refused { background: #fee2e2; color: #7f1d1d; }
.view { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.messages { flex: 1; overflow-y: auto; list-style: none; margin: 0; padding: 12px; display: flex; flex-direction: column; gap: 6px; }
.msg { max-width: 85%; padding: 7px 10px; border-radius: 10px; white-space: pre-wrap; word-break: break-word; }
.msg.customer { align-self: flex-end; background: #ccfbf1; }
.msg.bot, .msg.agent { align-self: flex-start; background: #f1f5f9; }
.msg.pending { opacity: .6; }
.msg .note { display: block; font-size: 11px; color: #64748b; }
.msg.failed { background: #fee2e2; }
.msg.ticket { align-self: center; background: #ecfeff; border: 1px solid #a5f3fc; font-size: 13px; }
.typing { padding: 0 12px 6px; color: #64748b; font-size: 13px; }
.quick { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 12px 6px; }
.quick button { border: 1px solid #0f766e; color: #0f766e; background: #fff; border-radius: 14px; padding: 3px 10px; }
.survey { border-top: 1px solid #e2e8f0; padding: 8px 12px; font-size: 13px; }
.survey fieldset { border: 0; margin: 4px 0; padding: 0; }
.survey .scale { display: flex; gap: 2px; }
.survey label { flex: 1; text-align: center; }
.survey input { display: block; margin: 0 auto; }
.composer, .feedback form { display: flex; gap: 6px; padding: 8px 12px; border-top: 1px solid #e2e8f0; }
.feedback form { flex-direction: column; border: 0; }
textarea, input[type="text"] { font: inherit; border: 1px solid #cbd5e1; border-radius: 6px; padding: 6px; }
.composer textarea { flex: 1; resize: none; height: 38px; }
.primary { background: #0f766e; color: #fff; border: 0; border-radius: 6px; padding: 6px 12px; }
.tickets ol { list-style: none; margin: 0; padding: 12px; overflow-y: auto; }
.tickets li { padding: 6px 0; border-bottom: 1px solid #e2e8f0; }
.error { color: #b91c1c; }
`;
