// The desk's labels in simplified Chinese, traditional Chinese and English. The language is the one chosen with the
// switch (kept in localStorage), else the browser's first Chinese or English one, else English.
const TEXTS = {
  'zh-Hans': {
    f_responsibleDepartment: '责任部门', f_responsiblePerson: '责任人', f_factsEstablished: '核实情况', f_correctiveMeasures: '整改措施', f_actionOnStaff: '对责任人的处理', f_satisfaction: '客户满意度', f_leaderDecision: '领导意见', f_answer: '答复',
    title: '安心 · 客服工作台', signIn: '登录', user: '用户名', password: '密码', badLogin: '用户名或密码不正确。',
    loggedOut: '您已退出。', signOut: '退出', language: '语言', skip: '跳到主要内容',
    navQueue: '待接入', navInquiries: '待答咨询', navSupervisor: '主管', navCompliance: '合规', navReports: '报表',
    queueTitle: '等待人工的会话', queueEmpty: '目前没有等待的会话。', grade: '等级', waiting: '已等待', reason: '原因',
    channel: '渠道', takeOver: '接入', takenBy: '会话已被 {agent} 接入。', notWaiting: '该会话已不在队列中。',
    newArrival: '新会话等待人工', notify: '开启桌面通知', live: '实时', offline: '连接中断，正在重连…',
    transcript: '对话记录', customer: '客户', bot: '机器人', agent: '客服', intent: '意图', flags: '风险',
    anger: '愤怒', reply: '回复客户', send: '发送', canned: '常用回复', cannedPick: '选择常用回复…',
    handBack: '交还机器人', handedBack: '已交还机器人。', sent: '已发送。', owner: '负责人',
    ticket: '工单', status: '状态', type: '类型', content: '客户原话', form: '工单表', save: '保存', saved: '已保存。',
    transitions: '流转', moveTo: '转为「{to}」', deadlines: '时限', due: '截止', overdue: '已超时', met: '已完成',
    left: '剩余', extend: '延期', extendReason: '延期理由', extended: '已延期：{reason}', reComplaint: '再投诉',
    reComplaintWords: '客户的原话', reComplained: '已登记再投诉 {number}。', note: '备注',
    inquiriesTitle: '知识库未能回答的咨询', inquiriesEmpty: '没有待答的咨询。', answer: '答复',
    answerSend: '答复客户', answered: '已答复客户。', saveKb: '存为知识库条目', kbQuestion: '问题（{lang}）',
    kbAnswer: '答案（{lang}）', kbSaved: '已存入知识库：{id}。', department: '部门',
    supervisorTitle: '主管视图', breaches: '超时未处理', noBreaches: '没有超时的工单。', callbacks: '回访任务',
    noCallbacks: '没有待回访任务。', load: '客服负载', noLoad: '目前没有客服在处理会话。', conversations: '会话数',
    complianceTitle: '合规视图（保密工单）', noConfidential: '没有保密工单。', confidential: '保密',
    refused: '您的角色无权查看。', error: '出错了：{detail}', close: '关闭', open: '打开', back: '返回队列',
    outcome: '回访结果', done: '完成', createdAt: '登记时间', dueBy: '承诺时间',
    st_accepted: '已受理', st_forwarded: '已转交', st_in_progress: '处理中', st_resolved: '已解决',
    st_followed_up: '已回访', st_archived: '已归档', st_closed_at_intake: '受理时办结',
    ty_complaint: '投诉', ty_suggestion: '建议', ty_inquiry: '咨询',
    ms_forward: '转交', ms_first_contact: '首次联系', ms_plan: '处理方案', ms_resolve: '处理完毕',
    ms_inquiry_answer: '答复咨询', ms_suggestion_reply: '答复建议', ms_follow_up: '回访',
    reportsTitle: '报表', backToDesk: '返回工作台', period: '期间', thisWeek: '本周', lastWeek: '上周', thisMonth: '本月',
    lastMonth: '上月', custom: '自定义', from: '从', to: '至', show: '查看', printIt: '打印', loading: '正在统计…',
    generated: '{from} 至 {to} · 生成于 {at}（{zone}）', kTickets: '工单', kComplaints: '投诉', validInvalid: '有效 {valid} / 无效 {invalid}',
    kClosure: '办结率', closedOf: '已办结 {closed} / {tickets}', kFirstContact: '首次联系（中位）', kResolution: '处理完毕（中位）',
    medianOf: '{n} 件已计', hoursValue: '{n} 工作小时', kBreaches: '超时', kReComplaints: '再投诉', kCallBacks: '按时回访',
    callBacksDetail: '逾期 {late}，未回访 {open}', volumeTitle: '工单量（按日）', byType: '按类型', otherTickets: '其他工单',
    closureRate: '办结率', slaTitle: '时限达标', slaByDept: '各部门时限达标', onTime: '按时', late: '逾期完成',
    breachesNote: '超时合计：{n}', satisfactionTitle: '满意度', result: '处理结果满意度', attitude: '服务态度满意度',
    dissatisfied: '不满意', average: '一般', satisfied: '满意', callBacksTitle: '不满意回访', cbOpen: '未回访',
    clustersTitle: '重复问题（前十）', comparedWith: '与上一期 {from} 至 {to} 比较', thisPeriod: '本期', previous: '上期',
    rank: '排名', categoryH: '类别', count: '件数', trend: '趋势', departments: '部门', examples: '示例工单',
    noClusters: '本期没有重复的投诉。', trend_new: '新出现', trend_up: '上升', trend_down: '下降', trend_same: '持平',
    breakdownTitle: '分项统计', value: '项', valid: '有效投诉', invalid: '无效投诉', by_channel: '按渠道', by_type: '按类型',
    by_category: '按类别', by_department: '按部门', by_grade: '按等级', by_agent: '按处理人', csvStatistics: '下载统计 CSV',
    csvRecurring: '下载重复问题 CSV', none: '无', noTickets: '没有工单', noCharts: '图表库未能加载，数字见表格。',
    cat_service_attitude: '服务态度', cat_business_error: '业务差错', cat_system_fault: '系统故障', cat_coordination: '协调配合',
    cat_product_quality: '产品质量', cat_non_company: '非公司原因',
    ch_api: 'API', ch_widget: '网页聊天', ch_wechat: '微信', ch_phone: '电话', ch_email: '电子邮件',
  },
  'zh-Hant': {
    f_responsibleDepartment: '責任部門', f_responsiblePerson: '責任人', f_factsEstablished: '核實情況', f_correctiveMeasures: '整改措施', f_actionOnStaff: '對責任人的處理', f_satisfaction: '客戶滿意度', f_leaderDecision: '領導意見', f_answer: '答覆',
    title: '安心 · 客服工作台', signIn: '登入', user: '使用者名稱', password: '密碼', badLogin: '使用者名稱或密碼不正確。',
    loggedOut: '您已登出。', signOut: '登出', language: '語言', skip: '跳到主要內容',
    navQueue: '待接入', navInquiries: '待答諮詢', navSupervisor: '主管', navCompliance: '合規', navReports: '報表',
    queueTitle: '等待人工的會話', queueEmpty: '目前沒有等待的會話。', grade: '等級', waiting: '已等待', reason: '原因',
    channel: '渠道', takeOver: '接入', takenBy: '會話已被 {agent} 接入。', notWaiting: '該會話已不在佇列中。',
    newArrival: '新會話等待人工', notify: '開啟桌面通知', live: '即時', offline: '連線中斷，正在重連…',
    transcript: '對話記錄', customer: '客戶', bot: '機器人', agent: '客服', intent: '意圖', flags: '風險',
    anger: '憤怒', reply: '回覆客戶', send: '傳送', canned: '常用回覆', cannedPick: '選擇常用回覆…',
    handBack: '交還機器人', handedBack: '已交還機器人。', sent: '已傳送。', owner: '負責人',
    ticket: '工單', status: '狀態', type: '類型', content: '客戶原話', form: '工單表', save: '儲存', saved: '已儲存。',
    transitions: '流轉', moveTo: '轉為「{to}」', deadlines: '時限', due: '截止', overdue: '已逾時', met: '已完成',
    left: '剩餘', extend: '延期', extendReason: '延期理由', extended: '已延期：{reason}', reComplaint: '再投訴',
    reComplaintWords: '客戶的原話', reComplained: '已登記再投訴 {number}。', note: '備註',
    inquiriesTitle: '知識庫未能回答的諮詢', inquiriesEmpty: '沒有待答的諮詢。', answer: '答覆',
    answerSend: '答覆客戶', answered: '已答覆客戶。', saveKb: '存為知識庫條目', kbQuestion: '問題（{lang}）',
    kbAnswer: '答案（{lang}）', kbSaved: '已存入知識庫：{id}。', department: '部門',
    supervisorTitle: '主管視圖', breaches: '逾時未處理', noBreaches: '沒有逾時的工單。', callbacks: '回訪任務',
    noCallbacks: '沒有待回訪任務。', load: '客服負載', noLoad: '目前沒有客服在處理會話。', conversations: '會話數',
    complianceTitle: '合規視圖（保密工單）', noConfidential: '沒有保密工單。', confidential: '保密',
    refused: '您的角色無權查看。', error: '出錯了：{detail}', close: '關閉', open: '打開', back: '返回佇列',
    outcome: '回訪結果', done: '完成', createdAt: '登記時間', dueBy: '承諾時間',
    st_accepted: '已受理', st_forwarded: '已轉交', st_in_progress: '處理中', st_resolved: '已解決',
    st_followed_up: '已回訪', st_archived: '已歸檔', st_closed_at_intake: '受理時辦結',
    ty_complaint: '投訴', ty_suggestion: '建議', ty_inquiry: '諮詢',
    ms_forward: '轉交', ms_first_contact: '首次聯繫', ms_plan: '處理方案', ms_resolve: '處理完畢',
    ms_inquiry_answer: '答覆諮詢', ms_suggestion_reply: '答覆建議', ms_follow_up: '回訪',
    reportsTitle: '報表', backToDesk: '返回工作台', period: '期間', thisWeek: '本週', lastWeek: '上週', thisMonth: '本月',
    lastMonth: '上月', custom: '自訂', from: '從', to: '至', show: '檢視', printIt: '列印', loading: '正在統計…',
    generated: '{from} 至 {to} · 產生於 {at}（{zone}）', kTickets: '工單', kComplaints: '投訴', validInvalid: '有效 {valid} / 無效 {invalid}',
    kClosure: '辦結率', closedOf: '已辦結 {closed} / {tickets}', kFirstContact: '首次聯繫（中位）', kResolution: '處理完畢（中位）',
    medianOf: '{n} 件已計', hoursValue: '{n} 工作小時', kBreaches: '逾時', kReComplaints: '再投訴', kCallBacks: '按時回訪',
    callBacksDetail: '逾期 {late}，未回訪 {open}', volumeTitle: '工單量（按日）', byType: '按類型', otherTickets: '其他工單',
    closureRate: '辦結率', slaTitle: '時限達標', slaByDept: '各部門時限達標', onTime: '按時', late: '逾期完成',
    breachesNote: '逾時合計：{n}', satisfactionTitle: '滿意度', result: '處理結果滿意度', attitude: '服務態度滿意度',
    dissatisfied: '不滿意', average: '一般', satisfied: '滿意', callBacksTitle: '不滿意回訪', cbOpen: '未回訪',
    clustersTitle: '重複問題（前十）', comparedWith: '與上一期 {from} 至 {to} 比較', thisPeriod: '本期', previous: '上期',
    rank: '排名', categoryH: '類別', count: '件數', trend: '趨勢', departments: '部門', examples: '示例工單',
    noClusters: '本期沒有重複的投訴。', trend_new: '新出現', trend_up: '上升', trend_down: '下降', trend_same: '持平',
    breakdownTitle: '分項統計', value: '項', valid: '有效投訴', invalid: '無效投訴', by_channel: '按渠道', by_type: '按類型',
    by_category: '按類別', by_department: '按部門', by_grade: '按等級', by_agent: '按處理人', csvStatistics: '下載統計 CSV',
    csvRecurring: '下載重複問題 CSV', none: '無', noTickets: '沒有工單', noCharts: '圖表庫未能載入，數字見表格。',
    cat_service_attitude: '服務態度', cat_business_error: '業務差錯', cat_system_fault: '系統故障', cat_coordination: '協調配合',
    cat_product_quality: '產品品質', cat_non_company: '非公司原因',
    ch_api: 'API', ch_widget: '網頁聊天', ch_wechat: '微信', ch_phone: '電話', ch_email: '電子郵件',
  },
  en: {
    f_responsibleDepartment: 'Responsible department', f_responsiblePerson: 'Responsible person', f_factsEstablished: 'Facts established', f_correctiveMeasures: 'Corrective measures', f_actionOnStaff: 'Action on staff', f_satisfaction: 'Satisfaction', f_leaderDecision: "Leader's decision", f_answer: 'Answer',
    title: 'Anxin · Agent desk', signIn: 'Sign in', user: 'User name', password: 'Password',
    badLogin: 'Wrong user name or password.', loggedOut: 'You have signed out.', signOut: 'Sign out',
    language: 'Language', skip: 'Skip to main content',
    navQueue: 'Queue', navInquiries: 'Inquiries', navSupervisor: 'Supervisor', navCompliance: 'Compliance',
    navReports: 'Reports',
    queueTitle: 'Conversations waiting for a person', queueEmpty: 'Nobody is waiting.', grade: 'Grade',
    waiting: 'Waiting', reason: 'Reason', channel: 'Channel', takeOver: 'Take over',
    takenBy: '{agent} took this conversation first.', notWaiting: 'This conversation is no longer waiting.',
    newArrival: 'A conversation is waiting for a person', notify: 'Turn on desktop notifications', live: 'Live',
    offline: 'Connection lost, reconnecting…',
    transcript: 'Transcript', customer: 'Customer', bot: 'Bot', agent: 'Agent', intent: 'Intent', flags: 'Flags',
    anger: 'Anger', reply: 'Reply to the customer', send: 'Send', canned: 'Canned replies',
    cannedPick: 'Choose a canned reply…', handBack: 'Hand back to the bot', handedBack: 'Handed back to the bot.',
    sent: 'Sent.', owner: 'Owner',
    ticket: 'Ticket', status: 'Status', type: 'Type', content: "Customer's words", form: 'Form', save: 'Save',
    saved: 'Saved.', transitions: 'Transitions', moveTo: 'Move to “{to}”', deadlines: 'Time limits', due: 'Due',
    overdue: 'Overdue', met: 'Met', left: 'left', extend: 'Extend', extendReason: 'Reason for the extension',
    extended: 'Extended: {reason}', reComplaint: 'Re-complaint', reComplaintWords: "The customer's words",
    reComplained: 'Re-complaint {number} registered.', note: 'Note',
    inquiriesTitle: 'Inquiries the knowledge base could not answer', inquiriesEmpty: 'No inquiry is waiting.',
    answer: 'Answer', answerSend: 'Answer the customer', answered: 'The customer has been answered.',
    saveKb: 'Save as knowledge-base entry', kbQuestion: 'Question ({lang})', kbAnswer: 'Answer ({lang})',
    kbSaved: 'Saved to the knowledge base: {id}.', department: 'Department',
    supervisorTitle: 'Supervisor', breaches: 'Breaches', noBreaches: 'No ticket is overdue.', callbacks: 'Call-backs',
    noCallbacks: 'No call-back is open.', load: "Agents' load", noLoad: 'No agent owns a conversation now.',
    conversations: 'Conversations',
    complianceTitle: 'Compliance (confidential tickets)', noConfidential: 'No confidential ticket.',
    confidential: 'Confidential', refused: 'Your role may not see this.', error: 'Something went wrong: {detail}',
    close: 'Close', open: 'Open', back: 'Back to the queue', outcome: 'Outcome of the call', done: 'Done',
    createdAt: 'Registered', dueBy: 'Promised by',
    st_accepted: 'Accepted', st_forwarded: 'Forwarded', st_in_progress: 'In progress', st_resolved: 'Resolved',
    st_followed_up: 'Followed up', st_archived: 'Archived', st_closed_at_intake: 'Closed at intake',
    ty_complaint: 'Complaint', ty_suggestion: 'Suggestion', ty_inquiry: 'Inquiry',
    ms_forward: 'Forward', ms_first_contact: 'First contact', ms_plan: 'Handling plan', ms_resolve: 'Resolution',
    ms_inquiry_answer: 'Inquiry answer', ms_suggestion_reply: 'Suggestion reply', ms_follow_up: 'Follow-up',
    reportsTitle: 'Reports', backToDesk: 'Back to the desk', period: 'Period', thisWeek: 'This week', lastWeek: 'Last week',
    thisMonth: 'This month', lastMonth: 'Last month', custom: 'Custom', from: 'From', to: 'To', show: 'Show', printIt: 'Print',
    loading: 'Counting…', generated: '{from} to {to} · generated {at} ({zone})', kTickets: 'Tickets', kComplaints: 'Complaints',
    validInvalid: 'valid {valid} / invalid {invalid}', kClosure: 'Closure rate', closedOf: '{closed} of {tickets} closed',
    kFirstContact: 'First contact (median)', kResolution: 'Resolution (median)', medianOf: 'of {n} measured',
    hoursValue: '{n} working h', kBreaches: 'Breaches', kReComplaints: 'Re-complaints', kCallBacks: 'Call-backs on time',
    callBacksDetail: 'late {late}, open {open}', volumeTitle: 'Volume by day', byType: 'By type', otherTickets: 'Other tickets',
    closureRate: 'Closure rate', slaTitle: 'Time limits met', slaByDept: 'Time limits by department', onTime: 'On time',
    late: 'Late', breachesNote: 'Breaches in all: {n}', satisfactionTitle: 'Satisfaction', result: 'Satisfaction with the result',
    attitude: 'Satisfaction with the attitude', dissatisfied: 'Dissatisfied', average: 'Average', satisfied: 'Satisfied',
    callBacksTitle: 'Call-backs to dissatisfied customers', cbOpen: 'Open', clustersTitle: 'Recurring problems (top 10)',
    comparedWith: 'Compared with the period before, {from} to {to}', thisPeriod: 'This period', previous: 'Before',
    rank: 'Rank', categoryH: 'Category', count: 'Complaints', trend: 'Trend', departments: 'Departments', examples: 'Examples',
    noClusters: 'No complaint recurred in this period.', trend_new: 'new', trend_up: 'up', trend_down: 'down', trend_same: 'same',
    breakdownTitle: 'Breakdowns', value: 'Value', valid: 'Valid complaints', invalid: 'Invalid complaints', by_channel: 'By channel',
    by_type: 'By type', by_category: 'By category', by_department: 'By department', by_grade: 'By grade', by_agent: 'By agent',
    csvStatistics: 'Download the statistics (CSV)', csvRecurring: 'Download the recurring problems (CSV)', none: 'none',
    noTickets: 'no tickets', noCharts: 'The charts could not be loaded; the tables have the figures.',
    cat_service_attitude: 'Service attitude', cat_business_error: 'Business error', cat_system_fault: 'System fault',
    cat_coordination: 'Coordination', cat_product_quality: 'Product quality', cat_non_company: 'Not the company',
    ch_api: 'API', ch_widget: 'Web chat', ch_wechat: 'WeChat', ch_phone: 'Phone', ch_email: 'E-mail',
  },
};

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'];
const KEY = 'anxin.desk.lang';

/** A language tag such as zh-TW or en-GB as one of ours, or null. */
export function ours(tag) {
  if (!tag) return null;
  const t = tag.toLowerCase();
  if (t === 'zh-hant' || t.startsWith('zh-hant') || t === 'zh-tw' || t === 'zh-hk' || t === 'zh-mo') return 'zh-Hant';
  if (t.startsWith('zh')) return 'zh-Hans';
  if (t.startsWith('en')) return 'en';
  return null;
}

export function chosenLang() {
  const kept = localStorage.getItem(KEY);
  if (LANGS.includes(kept)) return kept;
  for (const tag of navigator.languages || [navigator.language]) {
    const lang = ours(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function choose(lang) {
  localStorage.setItem(KEY, lang);
}

/** The label {@code key} in {@code lang}, with {name} placeholders filled from {@code values}. */
export function t(lang, key, values = {}) {
  const text = (TEXTS[lang] || TEXTS.en)[key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

export const LANG_NAMES = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };
