package io.anxin.nlp.flags;

import io.anxin.core.triage.RiskFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the risk flags of a message by patterns over its normalised text (simplified script,
 * lower case, half-width). Patterns rather than a model because the flags decide escalation
 * (003 §5, §7; 000 part 5 §18-29): recall matters most, and every rule can be read and checked.
 *
 * <p>Each sentence is judged on its own. A question that merely mentions a regulator, a lawyer
 * or the media ("请问你们的监管机构是哪个？") raises nothing unless the writer also commits to an
 * action in it ("再不处理我就去…"); figures of speech such as "气死我了" match no pattern.
 * Asset safety, collective and whistle-blowing flags are raised even in questions: a worried
 * question about an account still concerns the customer's funds, a group asking is still a
 * group, and a report of bribery is often put as a rhetorical question.
 */
public final class RiskFlagDetector {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])|(?<=\\.)\\s+");

    private static final Pattern QUESTION = Pattern.compile(
            "[?]\\s*$|吗|请问|想问|问一下|问下|想了解|咨询|请教|是哪|哪个|哪些|哪里|哪家|多少|怎么|如何|一般|有没有|是否|是不是|还是|会不会|能否|可否|什么时候"
                    + "|^\\s*(how|which|what|who|where|when|whether|is|are|do|does|did|can|could|has|have)\\b");

    private static final Pattern COMMITMENT = Pattern.compile(
            "我(就|要|会|已经|已|准备|马上|这就|立刻|明天|今天)|我们(就|要|会|已经|准备|将)|已经|再不|否则|不然|等着|只能"
                    + "|\\bi'll\\b|\\bi will\\b|\\bwe'll\\b|\\bwe will\\b|\\bi've\\b|\\bwe've\\b|already|going to|otherwise|unless|or else");

    private static final String GROUP_NOUN =
            "(业主|家长|住户|车主|会员|学员|出借人|投资者|客户|户|人|同学|商户|个体户|租户|家庭|乘客|游客|老人|员工|居民)";
    private static final String MANY = "([0-9]{2,}|[3-9]|[三四五六七八九十百千数上][一二三四五六七八九十百千几]*|几[十百千]"
            + "|[一二两][十百千][一二三四五六七八九十百千几]*)";

    private static final Map<RiskFlag, List<Pattern>> POSITIVE = Map.of(
            RiskFlag.THREAT_EXTREME, patterns(
                    "跳楼|跳下去|跳河|跳江|(楼|顶|桥)上?跳|不想活|活不下去|活着没意思|遗书|自杀|轻生|寻死|喝药|农药|割腕|烧炭",
                    "同归于尽|一起完蛋|鱼死网破|跟.{0,4}拼(命|了)|我拼了|弄死|搞死你|杀了|砍(死|了|你)|捅(死|你|了)",
                    "(把|给).{0,10}(砸|烧|炸)(了|烂|掉)|砸(了|烂)?你们|放火|纵火|汽油|炸药|撞(你们|门|大门|死)",
                    "横幅|条幅|布条|举牌|静坐|坐着不走|赖着不走|(住|睡)(到|在)?你们|扛着被子|堵(门|死|住|在|你们)|围堵|上访|闹事|抗议",
                    "(门口|大厅|楼下|办公室).{0,6}(坐|躺|闹)|走不出|让你们好看|极端(方式|手段|行为)|过激",
                    "\\bkill\\b|burn (it|the|this|your|down)|jump off|end (my life|it all)|don'?t want to live|suicide"
                            + "|hurt (someone|somebody|myself|you)|\\boccupy|sit-in|camp out|blockade|banner|\\bprotest"
                            + "|bring a (gun|bat|knife)|\\bsmash|make you regret|come down there"),
            RiskFlag.MEDIA, patterns(
                    "曝光|爆料|上新闻|上热搜|接受采访",
                    "(媒体|记者|电视台|报社|报纸|央视|新闻|微博|抖音|快手|小红书|b站|知乎|头条|朋友圈|黑猫|大众点评|点评|论坛|贴吧|网上|视频号"
                            + "|dcard|ptt|脸书|facebook|twitter|tiktok|youtube|reddit|instagram)"
                            + "(?=.*?(发|挂|晒|传|贴|po|公布|找|联系|告诉|投|交给|寄给|让|看看|报道|避雷|@))",
                    "(发|挂|晒|传|贴|po|公布|找|联系|告诉|投|上|让|去|到|交给|寄给)"
                            + ".{0,12}?(媒体|记者|电视台|报社|报纸|央视|新闻|微博|抖音|快手|小红书|b站|知乎|头条|朋友圈|黑猫|点评|论坛|贴吧|网上"
                            + "|dcard|ptt|脸书|facebook|twitter|tiktok|youtube|reddit|instagram)",
                    "(post|share|tell|contact|leav|talk|write|going|expose|publish|tag|send).{0,40}"
                            + "(twitter|tiktok|facebook|instagram|reddit|youtube|\\bpress\\b|journalist|newspaper|paper|\\bnews\\b|media|reviews?)",
                    "go(es)? viral"),
            RiskFlag.LAWSUIT, patterns(
                    "起诉|诉讼|告你们|告到|打官司|上法院|法院|法庭|律师|诉诸法律|法律(途径|手段|程序|责任)|追究.{0,4}法律|仲裁|报警|报案|经侦",
                    "(投诉(?!电话|热线|渠道|方式)|举报(?!电话)|反映|申诉|检举|告|打|拨|找|上|去|提交|交给|向)"
                            + ".{0,16}?(12315|12345|12301|12321|12366|12378|12358|消协|消费者协会|消保|市场监管|工商|监管局|监管部门|监管总局"
                            + "|金融监管|监督管理|银保监|证监|人民银行|人行|央行|药监|文旅局|旅游局|教育局|工信部|通管局|市长热线|信访|纪委|ncc|金管会"
                            + "|观光局|住建|房管局)",
                    "(12315|12345|12301|12321|12366|12378|12358).{0,8}(投诉|举报|反映|平台|热线)",
                    "\\bsue\\b|\\bsuing\\b|lawsuit|lawyer|attorney|legal action|\\bcourt\\b|small claims|ombudsman|\\bregulators?\\b"
                            + "|\\bcfpb\\b|\\bfca\\b|\\bfcc\\b|\\bfinra\\b|\\bbbb\\b|better business bureau|trading standards|police"
                            + "|report(ed|ing)? you"),
            RiskFlag.WHISTLEBLOW, patterns(
                    "回扣|好处费|给点好处|给好处|收好处|收.{0,4}红包|红包.{0,4}(收|拿)|贿赂|受贿|行贿|索贿|送礼|收礼|吃拿卡要|以权谋私|利用职务",
                    "私下(收|操作|转账|卖|分成|交易|承诺)|(私自|私下|他|她|员工|经理).{0,6}挪用|挪用了|侵占|飞单|代客理财|代为操作|私自操作|中饱私囊|伪造|冒签|套取|卷款",
                    "(转|打)(到|给)?.{0,6}(他|她)?(个人|私人)(账户|微信|支付宝)|盈利分成|跟我们分成|(信息|资料).{0,8}卖给",
                    "(举报|检举|揭发).{0,15}(员工|经理|经纪人|业务员|工作人员|店员|老师|班主任|营业员|营业员|检测员|柜员|销售|顾问|工程师"
                            + "|师傅|保安|职员|客服|导游|医生|护士|领导|负责人|专员|理财师)",
                    "brib|kickback|embezzl|under the table|cash \"?fee|report (one of )?your (staff|employee|adviser|advisor|agent)"
                            + "|misconduct|took a cut"),
            RiskFlag.COLLECTIVE, patterns(
                    "全体|所有(业主|家长|住户|车主|会员|同学|用户|客户)|联名|集体|维权群|家委会|家长会.{0,3}大家|宝妈群|群里大家",
                    "大家(一致|已经|商量|决定|的意见|建议)|大家都(同意|觉得|认为|反映|希望|要求|在说|有意见)|(业主|家长|车主|住户|会员|同学)们|一群",
                    "我们(班|村|这栋|这一栋|这幢|整|宿舍|几户|好几|好多|几十|十几|这些|全体|全楼)",
                    "(好多|好几个|很多)" + GROUP_NOUN,
                    MANY + "(多|余|几)?((个|位|名|家)?(户|人|家庭)|(个|位|名)" + GROUP_NOUN + ")",
                    "代表.{0,6}(全体|大家|业主|家长|住户)",
                    "on behalf of|we,? the (residents|parents|tenants|customers)|all (of us|the (residents|tenants|parents))"
                            + "|([0-9]+|twelve|twenty|thirty|forty|fifty|hundred|dozens?|several|many) (of us|tenants|residents|parents"
                            + "|families|customers|households|people)|every one of us|our (community|group|association)|joint letter"),
            RiskFlag.ASSET_SAFETY, patterns(
                    "盗刷|被盗|盗号|盗用|被人登录|被登录|异地登录|另一(台|部)(设备|手机)|陌生设备|不是我本人|转走|被人用",
                    "(钱|资金|余额|存款|持仓).{0,6}(不见|没了|少了|变成零|对不上|一分没有|去哪|不翼而飞)",
                    "冻结|未授权|没有授权|没授权|从未授权|未经.{0,4}(同意|授权)|莫名其妙.{0,10}(扣|单|交易|多了)|不明(扣款|交易|消费)",
                    "不认识.{0,4}(交易|消费)|密码.{0,4}(被改|被人改|泄露)|改了密码|钓鱼|冒用|冒名|以我的(名义|身份)|用我的(身份|名义)",
                    "卷钱|卷款|跑路|转到.{0,12}(个人|私人|别人|什么).{0,8}账户|提现.{0,20}(没到|未到|没收到|不到账|还没到)",
                    "成功.{0,20}(没|未)(到|收到|有)|资金安全|账户安全|账户异常|不知道.{0,6}(借|扣|开通)|从来没(有)?(办|申请|开)过?.{0,6}(卡|贷)",
                    "根本没(有)?(申请|授权).{0,6}(贷款|扣)|境外消费|海外消费|被转走|根本不知道|毫不知情|要不回来|(外地|异地|国外|境外).{0,6}刷",
                    "unauthori[sz]ed|fraudulent|stolen|hacked|someone (logged|accessed|used)|phishing|never been to"
                            + "|don'?t recogni[sz]e|didn'?t (make|authori[sz]e)|never arrived|where is my money|froze my account"
                            + "|frozen|drained|account security|confirm my password|block the card|changed my (email|password)"));

    private static final Set<RiskFlag> RAISED_IN_QUESTIONS = EnumSet.of(RiskFlag.ASSET_SAFETY, RiskFlag.COLLECTIVE, RiskFlag.WHISTLEBLOW);

    /**
     * Literals of which every match of a flag's patterns contains at least one (read off the
     * patterns above, alternative by alternative). Most messages contain none, and then the
     * patterns of that flag are not run at all; {@code RiskFlagDetectorTest} checks on the whole
     * corpus that the gate never changes a result.
     */
    private static final KeywordGate GATE = new KeywordGate(Map.of(
            RiskFlag.THREAT_EXTREME, List.of(
                    "跳", "想活", "活不", "活着", "遗书", "自杀", "轻生", "寻死", "喝药", "农药", "割腕", "烧炭", "同归", "完蛋",
                    "网破", "拼命", "拼了", "弄死", "搞死", "杀了", "砍", "捅", "砸", "烧了", "烧烂", "烧掉", "炸", "放火", "纵火",
                    "汽油", "撞", "横幅", "条幅", "布条", "举牌", "静坐", "不走", "住你们", "住到你", "住在你", "睡你们", "睡到你",
                    "睡在你", "被子", "堵", "上访", "闹事", "抗议", "门口", "大厅", "楼下", "办公室", "走不出", "好看", "极端", "过激",
                    "kill", "burn", "jump off", "end my life", "end it all", "want to live", "suicide", "hurt", "occupy",
                    "sit-in", "camp out", "blockade", "banner", "protest", "bring a ", "smash", "make you regret",
                    "come down there"),
            RiskFlag.MEDIA, List.of(
                    "曝光", "爆料", "热搜", "采访", "媒体", "记者", "电视台", "报社", "报纸", "央视", "新闻", "微博", "抖音", "快手",
                    "小红书", "b站", "知乎", "头条", "朋友圈", "黑猫", "点评", "论坛", "贴吧", "网上", "视频号", "dcard", "ptt", "脸书",
                    "facebook", "twitter", "tiktok", "youtube", "reddit", "instagram", "press", "journalist", "paper", "news",
                    "media", "review", "viral"),
            RiskFlag.LAWSUIT, List.of(
                    "起诉", "诉讼", "告你", "告到", "官司", "法院", "法庭", "律师", "法律", "仲裁", "报警", "报案", "经侦",
                    "12315", "12345", "12301", "12321", "12366", "12378", "12358", "消协", "消费者协", "消保", "监管", "工商",
                    "监督管理", "银保监", "证监", "人民银行", "人行", "央行", "药监", "文旅局", "旅游局", "教育局", "工信部", "通管局",
                    "市长热线", "信访", "纪委", "ncc", "金管会", "观光局", "住建", "房管局",
                    "sue", "suing", "lawsuit", "lawyer", "attorney", "legal action", "court", "small claims", "ombudsman",
                    "regulator", "cfpb", "fca", "fcc", "finra", "bbb", "business bureau", "trading standards", "police",
                    "report"),
            RiskFlag.WHISTLEBLOW, List.of(
                    "回扣", "好处", "红包", "贿", "送礼", "收礼", "吃拿卡要", "以权谋私", "利用职务", "私下", "挪用", "侵占", "飞单",
                    "代客理财", "代为操作", "私自", "中饱私囊", "伪造", "冒签", "套取", "卷款", "个人账", "个人微", "个人支", "私人账",
                    "私人微", "私人支", "分成", "卖给", "举报", "检举", "揭发",
                    "brib", "kickback", "embezzl", "under the table", "cash", "report", "misconduct", "took a cut"),
            RiskFlag.COLLECTIVE, List.of(
                    "全体", "所有", "联名", "集体", "维权群", "家委会", "家长会", "宝妈群", "大家", "业主们", "家长们", "车主们", "住户们",
                    "会员们", "同学们", "一群", "我们班", "我们村", "我们这", "我们整", "我们宿舍", "我们几", "我们好", "我们十",
                    "我们全", "好多", "好几个", "很多", "户", "人", "家庭", "个", "位", "名", "代表",
                    "behalf", "we the", "we, the", "all of us", "all the", "of us", "tenants", "residents", "parents",
                    "families", "customers", "households", "people", "our community", "our group", "our association",
                    "joint letter"),
            RiskFlag.ASSET_SAFETY, List.of(
                    "盗", "登录", "另一台", "另一部", "陌生", "本人", "转走", "被人用", "不见", "没了", "少了", "变成零", "对不上",
                    "一分没有", "去哪", "不翼而飞", "冻结", "授权", "未经", "莫名其妙", "不明", "不认识", "密码", "钓鱼", "冒用",
                    "冒名", "名义", "身份", "卷钱", "卷款", "跑路", "账户", "提现", "成功", "不知道", "从来没", "根本没", "外消费",
                    "毫不知情", "要不回来", "刷", "资金安全",
                    "unauthori", "fraudulent", "stolen", "hacked", "someone", "phishing", "never been", "recogni", "didn",
                    "never arrived", "where is my money", "froze my account", "frozen", "drained", "account security",
                    "confirm my password", "block the card", "changed my")));

    private RiskFlagDetector() {}

    /** The flags raised by a message already passed through {@code TextNormalizer}. */
    public static Set<RiskFlag> detect(String normalized) {
        Set<RiskFlag> candidates = GATE.candidates(normalized);
        if (candidates.isEmpty()) {
            return candidates;
        }
        return detect(normalized, candidates);
    }

    /** The same as {@link #detect(String)} without the keyword gate: every pattern runs. */
    static Set<RiskFlag> detectUngated(String normalized) {
        return detect(normalized, EnumSet.allOf(RiskFlag.class));
    }

    private static Set<RiskFlag> detect(String normalized, Set<RiskFlag> candidates) {
        boolean gated = candidates.size() < RiskFlag.values().length;
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        for (String sentence : SENTENCE_END.split(normalized)) {
            if (sentence.isBlank()) {
                continue;
            }
            // the gate again, sentence by sentence: most sentences of a long message have no literal
            Set<RiskFlag> here = gated ? GATE.candidates(sentence) : EnumSet.allOf(RiskFlag.class);
            here.retainAll(candidates);
            here.removeAll(flags);
            if (here.isEmpty()) {
                continue;
            }
            // the question test is only needed when a flag that a question does not raise is in play
            boolean mereMention = !RAISED_IN_QUESTIONS.containsAll(here)
                    && QUESTION.matcher(sentence).find() && !COMMITMENT.matcher(sentence).find();
            for (Map.Entry<RiskFlag, List<Pattern>> entry : POSITIVE.entrySet()) {
                RiskFlag flag = entry.getKey();
                if (!here.contains(flag) || (mereMention && !RAISED_IN_QUESTIONS.contains(flag))) {
                    continue;
                }
                for (Pattern pattern : entry.getValue()) {
                    if (pattern.matcher(sentence).find()) {
                        flags.add(flag);
                        break;
                    }
                }
            }
        }
        return flags;
    }

    /** One alternation per flag: a single scan of the sentence is several times faster than one per rule. */
    private static List<Pattern> patterns(String... regexes) {
        return List.of(Pattern.compile(String.join("|", java.util.Arrays.stream(regexes).map(r -> "(?:" + r + ")").toList())));
    }
}
