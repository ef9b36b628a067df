// The widget's own words in the three languages Anxin answers in. The bot's replies come from the server's
// scripts, in the script the customer writes in; these are only the widget's labels and notices.

const TEXTS = {
  'zh-Hans': {
    launcher: '在线客服', title: '安心客服', close: '关闭',
    tabChat: '聊天', tabTickets: '我的工单', tabFeedback: '意见反馈',
    placeholder: '请输入您的问题…', send: '发送', typing: '客服正在输入…',
    offline: '连接已中断，正在重新连接。您发送的消息会在连接恢复后送达。',
    pending: '等待发送', failed: '未发送',
    surveyTitle: '请为本次处理打分（0 = 非常不满意，10 = 非常满意）',
    surveyResult: '对处理结果', surveyAttitude: '对服务态度', surveySend: '提交评分',
    ticket: '工单', noTickets: '您还没有工单。', loading: '正在读取…',
    feedbackText: '您的意见或建议', contact: '联系方式（选填）', feedbackSend: '提交',
    feedbackDone: '感谢您的反馈！',
    type: { complaint: '投诉', suggestion: '建议', inquiry: '咨询' },
    status: {
      accepted: '已受理', forwarded: '已转交负责部门', in_progress: '处理中', resolved: '已处理',
      followed_up: '已回访', archived: '已办结', closed_at_intake: '已当场解决',
    },
    errors: {
      refused: '无法确认您的身份，在线客服暂不可用。请刷新页面或重新登录后再试。',
      expired: '登录信息已过期，请刷新页面后再试。',
      unavailable: '服务暂时繁忙，稍后会自动重试。',
      textRequired: '请填写反馈内容。', textTooLong: '反馈内容不能超过 2000 字。',
      contactTooLong: '联系方式不能超过 100 字。', messageTooLong: '消息不能超过 4000 字。',
      failed: '暂时无法提交，请稍后再试。您填写的内容已保留。',
    },
  },
  'zh-Hant': {
    launcher: '線上客服', title: '安心客服', close: '關閉',
    tabChat: '聊天', tabTickets: '我的工單', tabFeedback: '意見回饋',
    placeholder: '請輸入您的問題…', send: '傳送', typing: '客服正在輸入…',
    offline: '連線已中斷，正在重新連線。您傳送的訊息會在連線恢復後送達。',
    pending: '等待傳送', failed: '未傳送',
    surveyTitle: '請為本次處理評分（0 = 非常不滿意，10 = 非常滿意）',
    surveyResult: '對處理結果', surveyAttitude: '對服務態度', surveySend: '提交評分',
    ticket: '工單', noTickets: '您還沒有工單。', loading: '正在讀取…',
    feedbackText: '您的意見或建議', contact: '聯絡方式（選填）', feedbackSend: '提交',
    feedbackDone: '感謝您的回饋！',
    type: { complaint: '投訴', suggestion: '建議', inquiry: '諮詢' },
    status: {
      accepted: '已受理', forwarded: '已轉交負責部門', in_progress: '處理中', resolved: '已處理',
      followed_up: '已回訪', archived: '已辦結', closed_at_intake: '已當場解決',
    },
    errors: {
      refused: '無法確認您的身分，線上客服暫不可用。請重新整理頁面或重新登入後再試。',
      expired: '登入資訊已過期，請重新整理頁面後再試。',
      unavailable: '服務暫時繁忙，稍後會自動重試。',
      textRequired: '請填寫回饋內容。', textTooLong: '回饋內容不能超過 2000 字。',
      contactTooLong: '聯絡方式不能超過 100 字。', messageTooLong: '訊息不能超過 4000 字。',
      failed: '暫時無法提交，請稍後再試。您填寫的內容已保留。',
    },
  },
  en: {
    launcher: 'Chat with us', title: 'Anxin customer service', close: 'Close',
    tabChat: 'Chat', tabTickets: 'My tickets', tabFeedback: 'Feedback',
    placeholder: 'Type your message…', send: 'Send', typing: 'Typing…',
    offline: 'Connection lost, reconnecting. What you send will be delivered when it is back.',
    pending: 'Waiting to send', failed: 'Not sent',
    surveyTitle: 'Please rate how we handled it (0 = very dissatisfied, 10 = very satisfied)',
    surveyResult: 'The outcome', surveyAttitude: 'Our attitude', surveySend: 'Send scores',
    ticket: 'Ticket', noTickets: 'You have no tickets yet.', loading: 'Loading…',
    feedbackText: 'Your feedback or suggestion', contact: 'How to reach you (optional)', feedbackSend: 'Send',
    feedbackDone: 'Thank you for your feedback!',
    type: { complaint: 'complaint', suggestion: 'suggestion', inquiry: 'inquiry' },
    status: {
      accepted: 'accepted', forwarded: 'forwarded to the department', in_progress: 'in progress', resolved: 'resolved',
      followed_up: 'followed up', archived: 'closed', closed_at_intake: 'solved on the spot',
    },
    errors: {
      refused: 'We could not confirm who you are, so the chat is not available. Please reload the page or sign in again.',
      expired: 'Your sign-in has expired. Please reload the page.',
      unavailable: 'We are busy right now; this will be retried shortly.',
      textRequired: 'Please write your feedback.', textTooLong: 'Feedback can be at most 2,000 characters.',
      contactTooLong: 'The contact can be at most 100 characters.', messageTooLong: 'A message can be at most 4,000 characters.',
      failed: 'This could not be sent; please try again later. What you wrote is kept.',
    },
  },
};

/** The page's choice (data-lang: zh-Hans, zh-Hant, en, or a tag such as zh-TW) if we have it, else the browser's. */
export function chooseLang(requested, browserLanguages) {
  for (const tag of [requested, ...(browserLanguages || [])]) {
    const lang = ours(tag);
    if (lang) return lang;
  }
  return 'en';
}

function ours(tag) {
  if (!tag) return null;
  const t = String(tag).toLowerCase();
  if (t.startsWith('zh')) return /hant|-tw|-hk|-mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

export function textsFor(lang) {
  return TEXTS[lang] || TEXTS.en;
}
