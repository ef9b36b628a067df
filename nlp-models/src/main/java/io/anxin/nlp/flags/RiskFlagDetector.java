package io.anxin.nlp.flags;

import io.anxin.core.triage.RiskFlag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the risk flags of a message by patterns over its normalised text (simplified script,
 * lower case, half-width). Patterns rather than a model because the flags decide escalation
 * (003 §5, §7; 000 part 5 §18-29): recall matters most, and every rule can be read and checked.
 *
 * <p>Each sentence is judged on its own, and each flag has two kinds of pattern. <em>Plain</em>
 * patterns name the act itself (self-harm, violence, a sit-in, a bribe, money gone from an
 * account) and raise the flag wherever they occur, questions included: nobody asks an idle
 * question about burning down a branch, a rhetorical question is how many threats are put, a
 * worried question about an account still concerns the customer's funds, and a report of bribery
 * is often put as a question. <em>Mention</em> patterns name an outlet (a regulator, a court, a
 * newspaper, a platform) that a customer may also just ask about ("请问你们的监管机构是哪个？"):
 * they raise nothing in a question unless the same sentence also commits to an action
 * ("再不处理我就去…"). Figures of speech such as "气死我了" or "跳楼价" match no pattern.
 */
public final class RiskFlagDetector {

    /** Where {@link #sentences} cuts; the splitting by hand must agree with it ({@code RiskFlagDetectorTest}). */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])|(?<=\\.)\\s+");

    private static final GatedAlternation QUESTION = indexed(
            "[?]\\s*$|吗|请问|想问|问一下|问下|想了解|咨询|请教|是哪|哪个|哪些|哪里|哪家|多少|怎么|如何|一般|有没有|是否|是不是|还是|会不会"
                    + "|能否|可否|能不能|可不可以|要不要|需不需要|该不该|什么时候|(有)?什么区别|有何区别"
                    + "|^\\s*(how|which|what|who|where|when|whether|is|are|do|does|did|can|could|should|has|have)\\b");

    private static final GatedAlternation COMMITMENT = indexed(
            "我(就|要|会|已经|已|准备|马上|这就|立刻|明天|今天)|我们(就|要|会|已经|准备|将)|已经|再不|否则|不然|等着|只能|决定|打算|看着办|信不信"
                    + "|大不了|实在不行|不行(的话)?就|要是[^，,。]{0,12}(就|只能)|如果[^，,。]{0,12}(就|只能)|不给[^，,。]{0,10}就"
                    + "|把[^，,。]{0,12}(发|挂|晒|贴|传|曝|交给|寄给)|让[^，,。]{0,4}(所有人|大家|全网|更多人|网友)"
                    + "|\\bi'll\\b|\\bi will\\b|\\bwe'll\\b|\\bwe will\\b|\\bi've\\b|\\bwe've\\b|already|going to|otherwise|unless|or else"
                    + "|if (you|this|it) (don'?t|doesn'?t|isn'?t|aren'?t|won'?t)|next step");

    /**
     * Round 8: a calm question about a group booking, order or quote ("团体票二十个人以上有优惠吗", "八十个人能包场吗")
     * counts heads without anyone speaking for a group; in a question that names no grievance it raises no collective.
     */
    private static final GatedAlternation GROUP_ORDER = indexed(
            "团购|团建|包场|包(一|个|两|几)?(辆|间|场|厅)|团体(票|价|险|卡|套餐|课|报名|预订|优惠)|企业(优惠|价|套餐)|集体(投保|订购|报名|采购|体检)"
                    + "|批量(订|购|采购)|统一(办理|订购|采购|投保|报名|体检)|优惠|折扣|打折|报价|怎么收费|多少钱|怎么(订|预约|预订|报名|买)"
                    + "|(要|需要|得)(提前)?(预约|预订|报名)|(能|可以)(不能)?(订|包|预约|预订)|提前几天|group (rate|discount|booking)|book [^.?]{0,20}together");

    /**
     * Round 8: a lawyer, a court or the traffic police asking the customer for a document ("法院要我提供一份合同复印件，能打印吗")
     * is the reason for a calm request; in a question that names no grievance it raises no lawsuit.
     */
    private static final GatedAlternation LEGAL_ERRAND = indexed(
            "(律师|法院|法官|仲裁委|仲裁庭|交警|警察|派出所|公证处)[^，,。]{0,3}(让|要|叫|需要|要求|说)[^，,。]{0,2}(我|本人|拿|提供|准备|开|出具|交)|(办|走|打)[^，,。]{0,4}(诉讼|仲裁|官司)的?(程序|手续)?[，,]");

    private static final GatedAlternation GRIEVANCE = indexed(
            "投诉|退(钱|款|费)|赔|骗|拦|坑|解释|说法|凭什么|为什么|怎么回事|还没|却|居然|竟然|被|不给|没人|差|烂|refund|complain|why");

    private static final String STAFF = "(员工|店员|柜员|经理|销售|业务员|业务|师傅|工程师|维修工|老师|班主任|客服|司机|导游|保安|护士|医生|主管|主任"
            + "|顾问|专员|经纪人|居间人|理专|营业员|工作人员|办事员|信贷员|检测员|职员|教练|校长|领导|负责人|理财师|小哥|骑手|快递员|的人|队长|组长|站长|柜姐|药师|监理|评估师|理赔员|代理人|催收员|置业顾问)";
    private static final String GROUP_NOUN = "(业主|家长|住户|车主|会员|学员|出借人|投资者|投资人|客户|用户|户|人|同学|学生|商户|个体户|租户|家庭"
            + "|乘客|旅客|游客|团员|老人|员工|居民|村民|股民|受害者|受害人|消费者|顾客|病人|患者|买家|购房者|购房人|家属"
            + "|职工|教职工|同事|工人|工友|师生|病友|街坊|邻居|团友|股东|储户|商家|店主|租客|骑手|司机|学员们|乡亲)";
    private static final String MANY = "([0-9]{2,}|[3-9]|[三四五六七八九十百千数][一二三四五六七八九十百千几]*|上[十百千万]|几[十百千]"
            + "|[一二两][十百千][一二三四五六七八九十百千几]*)";
    private static final String PLATFORM = "(媒体|记者|电视台|报社|报纸|报刊|晚报|日报|都市报|央视|新闻|栏目|微博|抖音|快手|小红书|b站|哔哩|知乎|头条"
            + "|朋友圈|黑猫|聚投诉|消费保|大众点评|点评|携程|马蜂窝|懂车帝|汽车之家|易车|豆瓣|虎扑|论坛|贴吧|网上(?!办|营业|银行|商城|预约|缴|申请|挂号|服务|支付|购|下单|查|报名|签约|开户|课|转账)|网络上|视频号|公众号|自媒体"
            + "|dcard|ptt|连登|lihkg|爆料公社|东张西望|东森|自由时报|苹果日报|tvb|xhs|(发|上|到|po|在|和)(dy|ig)(?![a-z])|ig (story|post|live)|medium|vlog|reels|频道|节目组|脸书|facebook|twitter|推特|tiktok|youtube|油管|reddit|instagram|threads|yelp|trustpilot|tripadvisor|xiaohongshu|weibo|douyin|bilibili|zhihu|rednote|red note|little red book)";
    private static final String REGULATOR = "(12315|12345|12301|12321|12366|12378|12358|12320|12331|12389|12319|12300|12333|12328|12348|12365|12369|12313|1950(?![0-9])|[一幺]二三[一幺二三四五六][零〇一幺二三四五六七八九]|消协|消费者协会|消保|消委会|消基会"
            + "|市场监管|市监|工商|监管局|监管部门|监管总局|监管机构|金融监管|监督管理|银保监|银监|保监|证监|人民银行|人行|央行|药监|卫健委|卫生局|卫生署|衞生署|卫生厅|卫健局|卫生监督"
            + "|医保局|文旅局|旅游局|质监|教育局|教委|工信部|通管局|通信管理局|市长热线|政务热线|信访|纪委|纪检|监察|审计|税务局|住建|房管|交通局"
            + "|运管|民航局|人社局|劳动监察|网信办|ncc|金管会|观光局|公平会|权益保护(部门|局|中心|处)|消费者权益|通讯事务管理局|通讯局|金管局|金融管理局|保险业监管局|证监会|积金局|消保官|评议中心|申诉专员|认监委|认证认可|领导留言板|hkma|ofca|\\bsfc\\b|申诉受理中心"
            // any bureau by its field, a government at any level, a representative, the leaders' mailboxes
            + "|(规划|国土|自然资源|环保|环境|生态环境|城管|综合执法|商务|物价|水务|应急管理|安监|消防|邮政管理|发改|知识产权|广电|住建|房管|城建|教育|卫生|质检)(局|委|厅|部门|执法队?|大队)"
            + "|邮管局|12305|(市|区|县|省|镇|乡)(政府|委|长信箱)|街道办|人大代表|政协委员|人大|政协|问政|(市长|书记|区长|县长)信箱|人民网|国资委|行业协会|(银行业|保险业?|证券业|期货业)协会|巡视组|督查组|消委|消费者委员会)";

    /** Per flag: patterns raised anywhere, and patterns a question without commitment does not raise. */
    private record Rules(@Nullable GatedAlternation plain, @Nullable GatedAlternation mention) {}

    private static final Map<RiskFlag, Rules> RULES = new EnumMap<>(Map.of(
            RiskFlag.THREAT_EXTREME, new Rules(patterns(
                    // self-harm and despair
                    "跳楼(?!价|甩卖|大甩卖|清仓|促销)|跳下去|跳河|跳江|跳海|(楼顶|天台|楼上|顶楼|桥上|窗台|阳台)上?.{0,4}跳(?!转|槽|舞|绳|出|动|闸|票)"
                            + "|站在(天台|楼顶|窗台|桥上)|我就跳(下去|楼|了)?(?=[，,。!！.?？]|$)"
                            // going up a roof or a crane is how many put it without the word 跳
                            + "|(上|爬上|爬到|站到|站上|坐到|去)[^，,。]{0,6}(楼顶|天台|顶楼|塔吊|屋顶|房顶|大桥)|就不下来|(现在|已经)[^，,。]{0,4}在[^，,。]{0,8}(天台|楼顶|顶楼)",
                    "不想活|活不下去|活不成|不活了|没法活|没脸活|活着.{0,4}(没|有什么|还有什么)[^，,。]{0,2}(盼头|意思|意义|用)|活够了|死给你们看|死在你们|以死|一死了之|死了算了|一了百了"
                            + "|命不要了|这条命|(拼|搭|赔|豁)(上|出)?(我)?(这条)?老命|老命(不要|豁出去|拼|跟你们)|拿命|豁出去|不要命|遗书|遗言|自杀|自尽|轻生|寻死|寻短见|想不开|走投无路|没有?活路|绝路|喝药|农药|割腕"
                            + "|烧炭|安眠药|上吊|结束(自己的)?(生命|一切)|我(要是|如果|万一)出了?(什么|啥)?事|三长两短"
                            + "|消失算了|(不如|干脆)[^，,。]{0,4}消失|不想(再)?存在|(做|干)出(什么)?傻事|(准备|买)好(了)?绳子|只能一起走|生存(不)?落去|唔想再生存|绝食",
                    // violence; round 8: a vow of violence or revenge against one person ("见一次打一次", "饶不了他", "别让我碰见")
                    "(见|碰|遇|撞|看)(到|见|上)?(他|她|你)?一(次|回|趟)[^，,。]{0,2}(打|揍|收拾|教训)(他|她|你)?一(次|回|顿)"
                            + "|(绝|决|绝对|肯定|一定)?不会放过(他|她|那个|这个|那位|这位)|饶不了(他|她|那个|这个)"
                            + "|(别|不要|唔好)(再)?(让|俾)我[^，,。]{0,8}(碰见|碰上|碰到|撞见|撞到|遇见|遇到|遇上)(?=[，,。!！?？]|$|他|她|你)"
                            + "|what'?s coming to (him|her|you|them)",
                    "同归于尽|一起(完蛋|去死|死)|鱼死网破|玉石俱焚|跟.{0,6}拼(命|了)|我拼了|弄死|搞死你|整死你|打死(你|他|她)|杀了|杀人|宰了"
                            + "|砍(死|人|你|他|她)|捅(死|人|你|他|她)|揍(他|她|你|人|一顿|死|扁)|打(他|她|你)一顿|收拾(他|她|你)|教训(他|她|你)|弄残|废了(他|她|你)",
                    "放火|纵火|点火|一把火|烧(了|掉|毁|死)?你们|(把|给)(你们|你家|店|公司|营业厅|门店|办公室|售楼处|仓库|柜台|大门|招牌)[^，,。]{0,10}(砸|烧|炸)"
                            + "|(去|来|就|要|明天|今天|马上|今晚)[^，,。]{0,10}(?<!想|恨不得)(把|给)[^，,。]{0,10}(砸|烧|炸)(了|烂|掉|毁)|把[^，,。]{0,6}堵在(你们|门口)"
                            + "|(带|拎|提|拿|泼|浇|揽|抱|扛)(着|上|了|住)?(一|几)?(桶|瓶|壶)(汽)?油|(带|拎|提|拿|泼|浇|揽|抱|扛)(着|上|了|住)?汽油|汽油.{0,6}(泼|浇|烧|点)"
                            + "|炸药|炸(了|掉|毁)?你们|砸(烂|场子?|店|门|车|你们|东西|个稀巴烂|玻璃|柜台|了你们(的|店|公司|门|这))|撞进你们|开车撞(?!了|伤了|到了|倒了)|撞(烂|坏)?你们的?(门|店|大门|玻璃)"
                            + "|泼(油漆|粪|漆|硫酸)|带刀|拿刀|动刀|(带|叫|找)(人|兄弟|几个人|一帮人|家里人).{0,8}(砸|闹|堵|收拾)|非揍|让你们好看|给你们好看"
                            + "|什么事都(干|做)得出来|啥事都(干|做)得出来|什么都(干|做)得出来|(别|不要)逼我(了|啊)?(?=[，,。!！.]|$)|逼急了|逼死(?!人)|把我逼(急|上绝路|到绝路|死)"
                            + "|谁(也|都)别想(好过|走|好)|大家都别想好过|你们(也)?别想好过|极端(方式|手段|行为)|过激"
                            + "|逼到(墙角|绝路|死路|这个份上)|一齐(死|去死|完蛋)|揽炒|站着进来[^，,。]{0,4}(躺|横)着出去|横着出去|(出门|走路|晚上)[^，,。]{0,4}小心点"
                            + "|(家庭?住址|住在哪|家在哪)[^，,。]{0,8}(查到|打听到|知道|找到)|(查到|打听到|知道|找到)了?[^，,。]{0,6}(家庭?住址|住在哪|家在哪)"
                            // knowing which estate a manager lives in or when he goes home; not answering for what one may do
                            + "|(?<!不|想)(知道|查到|打听到|找到)(了)?(你|你们|他|她)[^，,。]{0,8}住(在)?哪(个|栋|条|里|儿)|(下班|放学|出门)[^，,。]{0,4}(总|总得|总要|早晚|迟早)[^，,。]{0,4}(回家|出来|要走)|(不敢保证|没法保证|不能保证|无法保证|说不准|说不好|难保)[^，,。]{0,6}(我|自己)[^，,。]{0,6}(会)?(做|干)出|我[^，,。]{0,8}(会|要|就)(做|干)出(点)?(什么|啥|点)(事|出格|来)|(住在哪|住哪|下班|回家|出门)[^，,。]{0,8}(打听清楚|摸清|查清楚|摸透)|(总|总得|总要|早晚|迟早)[^，,。]{0,2}(出这个门|出门|回家)的?吧|控制不住(我)?自己(?!的)"
                            + "|(带|叫|找|喊)(上)?[^，,。]{0,4}(兄弟|朋友|几个人|一帮人)[^，,。]{0,12}(好好)?(聊聊|谈谈|说道说道|讲讲道理|招呼)"
                            + "|(带|搬|拎|扛|抱|拿|提)[^，,。]{0,6}(煤气罐|液化气|煤气瓶|柴油|酒精)|(洒|撒|烧|送)[^，,。]{0,4}(冥纸|冥币|纸钱|花圈)"
                            + "|(把|给)[^，,。]{0,10}门[^，,。]{0,4}(焊|封)(上|死)"
                            + "|(下班|今晚)[^，,。]{0,6}别走|站在(江边|河边|海边|桥边|湖边)|最后一(次|个)(电话|打给)|最后一次打给",
                    // sit-ins, banners, blocking the office
                    "(拉|挂|扯|打|举|做|印|写)(个|条|几条|一条|起|上)?(白)?(横幅|条幅|布条|横额)|(横幅|条幅|横额).{0,6}(挂|拉|举|去|到)|(拿|带|揣|握)(着)?(打火机|火柴)"
                            + "|(我|我们|就|去)[^，,。]{0,4}(把|给)[^，,。]{0,10}(围|堵)(了|住)|围(了|住)(你们|物业|办公室|公司|营业厅|售楼处|门店)|大字报|举牌|静坐"
                            + "|(坐|赖|站|躺|守)着不走|就(在.{0,12})?不走|不走人|不(给|解决|退|处理)[^，,。]{0,16}(就)?不走"
                            + "|在[^，,。!！?？]{0,12}(门口|大厅|楼下|办公室|营业厅|营业部|前台|柜台|总部|售楼处|店里|公司|中心).{0,6}(不走|不离开|住下|打地铺)"
                            // passengers who will not leave the plane are a sit-in
                            + "|(都|就|坚决|谁也|谁都)不下(飞机|机)|(坐|呆|待|留|躺)(在)?[^，,。]{0,6}不下(飞机|机)|(不解决|不给(个)?(说法|交代)|没有(说法|交代))[^，,。]{0,4}不下(车|船|飞机|机)|(拒绝|不肯)下(飞机|机|车|船)|不下(车|船)[^。]{0,12}(说法|解决|为止|除非|交代)"
                            + "|吃住都在|不解决不(散|走|回)|(一起|约好|约了|集体)[^，,。]{0,12}(去|到)[^，,。]{0,12}(门口|楼下|大厅|售楼处|总部)[^，,。]{0,4}(坐|站|躺|蹲|守|睡)"
                            + "|赖在|打地铺|扛(着)?被子|(住|睡|躺|坐)(到|在)?你们[^，,。]{0,4}(店|门口|大厅|公司|办公室|营业厅|门店|前台)|(就|要|明天|今晚|今天|天天)(去|到)[^，,。]{0,12}(门口|大厅|楼下|办公室|营业厅|营业部|前台|总部|售楼处|店里|公司)(去)?(躺|坐|睡|蹲|守)着?|(坐|赖|睡|躺)住?唔走|唔走|(让|叫)(他|她|你|你们)[^，,。]{0,4}走不出|(天天|每天|日日)(去|到|来|喺)[^，,。]{0,12}(坐|蹲|守|闹|堵)"
                            + "|堵你们|(去|来|就|要|我|我们|天天)堵(门|大门|在.{0,10}(门口|大门|办公室|售楼处|营业厅|公司))|去堵|来堵|围堵|(我|我们)[^，,。]{0,6}把.{0,8}(门|路|出口|大门)(给)?堵"
                            + "|到.{0,12}门口堵|你们.{0,6}门口堵|(垃圾|粪|屎).{0,8}(倒|扔|泼)(到|在)|去闹|来闹|大闹|闹事|闹到(你们|总部|公司|上面)"
                            + "|(店|公司|门口|办公室|总部|营业厅|仓库|售楼处)(里|去)?闹",
                    "i('ll| will| could|'m going to| am going to)? kill|kill (you|him|her|them|myself|someone|somebody|everyone)|murder (you|him|her|them|someone|somebody|everyone)"
                            + "|burn (it|the place|this place|the|this|your|down)|torch|set fire|jump off|end (my life|it all)|take my (own )?life"
                            + "|suicid|don'?t want to (live|be alive)|not worth living|nothing (left )?to live for|better off dead|want to die"
                            + "|end of my rope|can'?t do this anymore|there will be consequences|nothing (left )?to lose|not afraid (of anything )?anymore|camp(ing)? (in|at|out|outside)|sleep(ing)? in your|want (it all|everything) to end|want to end it|no reason to live|give up on life|not be (here|around) anymore|can'?t go on|don'?t see the point (of|in) (anything|living|life|going on)|no (point|reason) (in )?(living|going on)"
                            + "|done,? with everything|hurt (someone|somebody|myself|you|him|her|them)|punch (him|her|you|someone|somebody|that|the)"
                            + "|beat (you|him|her|them|someone|somebody) up|bring a (gun|bat|knife)|with a (gun|knife|bat)|\\bsmash|make you regret"
                            + "|you'?ll regret|and see what happens|see what happens (when|if|next)|come down there|won'?t (be )?leav|not leaving"
                            + "|refuse to leave|sit-in|sit in at|chain myself|\\boccupy|blockade|picket|banner"
                            + "|(just|should|could|might|want to|going to) disappear|(kids|family|wife|husband) (can|will|to) (sort|deal with|clean up)"
                            + "|keep going like this|(what|something) i'?ll do to myself|(going to|gonna|will) get hurt|where (you|he|she|your manager) (live|lives|park|parks)"
                            + "|remembers? (me|my name)|won'?t like it when|(sign|placard) and a megaphone|megaphone"
                            + "|(sit|sitting|camp|camping|sleep|sleeping) in your (lobby|branch|office|store|shop|showroom)|(门口|office|lobby)\\s*sit[- ]in"),
                    patterns("上访|抗议|\\bprotest|demonstrat")),
            RiskFlag.MEDIA, new Rules(patterns(
                    "(想|要|等着|准备)上(节目|新闻|热搜|电视|报纸|头条)|曝光你们|把你们.{0,12}(曝光|挂|公布)|让你们.{0,6}(上热搜|上新闻|出名|火)"),
                    patterns(
                    "曝光|爆料|上新闻|让(所有|全部|更多)[^，,。]{0,8}(人|网友|观众|顾客|用户)都?知道|让大家都知道|直播间[^。]{0,10}(刷|曝|骂|揭)|热搜|接受采访|上节目|民生(栏目|节目|频道|热线)|维权栏目|消费(维权)?栏目|自媒体|博主|up主|网红|大v"
                            + "|发帖|发文|发长文|写(成|个|篇)?(长文|文章|帖子)|投稿|避雷|排雷|开直播|拍(一期|个视频曝光|视频发到|下来发)|做一期|记者|电视台|报社|媒体朋友|写好了?的?(帖子|文章|长文|稿子)|帖子[^，,。]{0,6}(发出|写好)"
                            + "|全网(曝光|都知道|看看|评评|公开|发)|给全网|让全网|(几|上|十|百|千|万)[^，,。]{0,3}粉丝|粉丝[^，,。]{0,3}(几|上|十|百|千|万)"
                            + "|po(上|到)?网|po文|上网(公开|曝|让|给)|放上网|小作文|(开|发)(个)?post|编导|栏目组|主持人|让(全网|网友|大家)[^，,。]{0,2}听听|让(全网|网友)[^，,。]{0,2}(看看|评评|瞧瞧)"
                            + "|(3·15|3\\.15|三一五|(?<![0-9])315)[^，,。0-9]{0,3}(晚会|曝光|打假|快到|见|栏目|线索)|(上|去|找|投|交给)[^，,。]{0,3}(3·15|3\\.15|三一五|(?<![0-9])315)(?![0-9])",
                    PLATFORM + "(?=.*?(发|挂(?!号)|传(?!材料|文件|照片|资料|失败|图片|不了|不上|证件|附件)|贴|po|公布|找|联系|告诉|投|交给|寄给|让|看看|报道|避雷|评评理|写出|@|直播|开播))",
                    "(发|挂|晒|传|贴|po|公布|找|联系|告诉|投|上(?!过)|让|交给|寄给|反映给|反映到|投诉到|曝|写到|写在|放到|放上|去找|去联系|联络|约了)[^，,。]{0,12}?" + PLATFORM,
                    PLATFORM + "[^，,。]{0,4}(反映|投诉|求助|爆料)",
                    // a friend who is an editor, told about it, is the press without the word
                    "(朋友|同学|亲戚|表哥|表姐|表弟|表妹|哥们|闺蜜|熟人|认识的人)[^，,。]{0,10}(在|是)[^，,。]{0,12}(编辑|主编|小编|主笔|撰稿)",
                    // round 8: a relative or friend who works the news beat
                    "(朋友|同学|亲戚|表哥|表姐|表弟|表妹|哥们|闺蜜|熟人|舅舅|小姨|姨妈|姑姑|叔叔|姐夫|发小|室友|堂哥|堂姐|邻居|同事|老公|老婆|儿子|女儿|哥哥|姐姐)"
                            + "[^，,。]{0,10}(在|是|专门|就是)[^，,。]{0,12}(跑[^，,。]{0,4}(新闻|口)|做[^，,。]{0,4}(新闻|报道)|当记者|做记者)"
                            + "|covers? (consumer|travel|business|local|money|health) (affairs|news|stories|issues|beat)",
                    "(post|share|tell|contact|leav|talk|write|going|expose|publish|tag|send|put|go to|blast|air|escalat)[^.!?]{0,40}"
                            + "(twitter|tiktok|facebook|instagram|reddit|youtube|yelp|trustpilot|tripadvisor|google reviews?|social media|\\bpress\\b"
                            + "|journalists?|reporters?|newspapers?|\\bpaper\\b|\\bnews\\b|media|reviews?|channel [0-9]|consumer (show|program))",
                    // round 6: "many people will know", said as what will happen
                    "(会|让|要|叫|就)[^，,。]{0,6}(很多|更多|所有|好多|无数|全世界|全国|全城|全市|越来越多|所有的|千千万万|成千上万)(的)?(人|网友|顾客|消费者|用户|家长|业主)[^，,。]{0,4}(都)?(会)?(知道|看到|了解|看见|听说|晓得)",
                    "(everyone|everybody|people|the world|the whole (town|city|internet|neighbou?rhood)|all my (friends|followers|contacts)) (will|is going to|are going to|gonna|'ll) (know|hear|see|find out)|let (everyone|everybody|the world|people) know",
                    "(post|share|put|publish|blast|plaster)[^.!?]{0,30}(online|on the internet|everywhere)|go(es|ing)? viral|(tweeting|(i'?ll|i will|going to|gonna) tweet) (this|it|about|the|everything)|(to|and|or|with|contact|contacting|call|calling) (the )?(local|national|regional) (press|papers?|newspapers?|news|media|tv)\\b|reporters?\\b|journalists?\\b"
                            + "|the press\\b|news (station|channel|desk|team)|tv (station|show|programme|program|news)|consumer (show|programme|program|champion)"
                            + "|watchdog (show|program)|(twitter|x) thread|a thread for|followers|subscribers|my (blog|channel|vlog)"
                            + "|(?<![a-z])r/[a-z0-9_]{2,}|my next (video|post|vlog|episode|story|thread|review)|my [a-z ]{0,12}(channel|blog|podcast|page)\\b|(page|group|channel|account) with [0-9a-z ,]{0,20}(members|followers|subscribers)|(works|working) (at|for) (the|a) [a-z ]{0,12}(paper|newspaper|station|news)|medium post|watchdog|one-star review|1-star review")),
            RiskFlag.LAWSUIT, new Rules(null, patterns(
                    "起诉|诉讼|告你们|(?<![报广通公预警转忠宣布祷])告(到|你|他|她)|打官司|上法院|法院|法庭|律师|诉诸法律|法律(途径|手段|程序|责任|武器)"
                            + "|追究.{0,4}法律|仲裁|报警|(?<!出险|理赔|车险|保险|出险后)报案(?!号)|报了(警|案)|经侦|派出所.{0,6}(报|立案|备案)|(叫|找|报|等|让)警察|警察上门|(打|拨|报)(了)?(110|幺幺零|一一零)|立案|律师函|诉状",
                    "(投诉(?!电话|热线|渠道|方式)|举报(?!电话)|反映|申诉|检举|告|打|拨|找|上|去|提交|交给|寄给|写信|搵|抄送|报给|报到|上报|\\bcc|向|到)[^，,。]{0,16}?" + REGULATOR,
                    "(12315|12345|12301|12321|12366|12378|12358|12320|12331).{0,8}(投诉|举报|反映|平台|热线|见)",
                    // the regulator's number already looked up, and the departments one "should" go to, are threats unsaid
                    REGULATOR + "[^，,。]{0,4}(电话|热线|号码|地址|网站)[^，,。]{0,6}(查到|找到|记下|存好|准备好|存了|记好)|该(找|告|投诉|反映|举报|去)的(部门|地方|单位|机构)",
                    REGULATOR + "[^，,。]{0,12}(投诉(?!电话|热线|渠道|方式)|举报(?!电话)|申诉|提交|立案|留(了)?言)",
                    "(投诉(?!电话|热线|渠道|方式)|举报(?!电话)|反映|申诉|检举|告)[^，,。]{0,10}(有关|相关|上级|主管|监管)(部门|单位)|(向|找|去|到)(有关|相关|上级|主管|监管)(部门|单位|领导).{0,6}(投诉|举报|反映|申诉)"
                            + "|(有关|相关|上级|主管|监管)部门.{0,6}(投诉|举报|反映|申诉|介入)",
                    // round 6: handed to the company's own legal department or counsel
                    "(交给|交由|找|转给|转交|让|请|委托)[^，,。]{0,4}(法务|律所|法律顾问)|法务(部|部门)?[^，,。]{0,4}(处理|跟进|介入|联系|会联系|出面)|法律顾问",
                    "\\bsue\\b|\\bsuing\\b|lawsuit|lawyer|attorney|solicitor|legal (action|team|counsel|route|proceedings)|\\bcourt\\b|small claims|tribunal"
                            + "|arbitration|ombudsman|\\bregulators?\\b|regulatory|\\bcfpb\\b|\\bfca\\b|\\bfcc\\b|\\bfinra\\b|\\bftc\\b|the sec\\b|\\bbbb\\b"
                            + "|better business bureau|trading standards|(?<!covers |cover )consumer (protection|affairs|council)|attorney general|citizens advice|ofcom|ofgem"
                            + "|\\bpolice\\b|call(ed)? 911|report(ed|ing)? (you|your company)\\b|(file|filed|lodge|lodged|make|made) a (formal )?(complaint|report) with"
                            + "|(tourism|licensing|state|medical|dental) board|class action"
                            + "|(notified|reported (it|this|you) to|written to|wrote to|escalat\\w* (it |this )?to|opened a case with|contacted) the [a-z' ]{0,30}(body|authority|regulator|commission|agency|ombudsman|service|office|department|council|bureau|ministry|board)"
                            + "|accreditation body|consumer council|\\bmp\\b|financial ombudsman")),
            RiskFlag.WHISTLEBLOW, new Rules(patterns(
                    "回扣|好处费|给点好处|给好处|收好处|拿好处|收了?.{0,8}好处|(给(他|她|医生|老师|经理|师傅)(发|包|塞|转)?|包|塞|收|要|索要)(了)?(个|过)?(大)?红包|给(他|她)(发|包|塞|转)(了)?[^，,。]{0,6}红包"
                            + "|贿赂|受贿|行贿|索贿|送礼|收礼|吃拿卡要|以权谋私|利用职务|职务之便|辛苦费|茶水费|烟钱|感谢费|打点(关系|一下)|上下打点|塞钱"
                            + "|走后门|开后门|勾兑|勾结|串通|利益输送|监守自盗|贪污|私吞|侵吞|侵占|据为己有|中饱私囊|(装|进|揣)(了|进)?.{0,8}(腰包|口袋)",
                    "(拿|收|吃)(了)?[^，,。]{0,10}(返点|回佣)|(听说|据说|怀疑|估计)[^，,。]{0,10}(返点|提成|好处|猫腻)"
                            + "|(厂家|厂商|供应商|第三方|保险公司|中介|商家|药厂|承包商)[^，,。]{0,6}(提成|返点|回扣|好处)",
                    "私下(收|操作|转账|卖|分|交易|承诺|跟|找|让|借|办|加|出租|联系|拉群|喊单|收费|给|表示|说|拿|吞|接|处理)|私自.{0,8}(办|开|绑|用|拿|改|卖|拷|转|出租|收|挪)"
                            + "|" + STAFF + "[^。]{0,20}(偷偷|私自|私下|背着我)|" + STAFF + "[^，,。]{0,6}用(了)?(我|客户)的(账户|帐户|账号|帐号|密码|身份证|医保卡|信息|卡)"
                            + "|挪用了?(我|客户|业主|公共|公款|资金|学费|维修基金|专项)|私自挪用|表示表示|意思意思|孝敬|(揣|装|放|塞|进)(了)?[^，,。]{0,6}(自己|个人|他|她)的?(兜|腰包|口袋)|" + STAFF + "[^。]{0,20}返[^，,。]{0,6}现金"
                            // paid to be billed or fined less; money taken on a promise to help; a fee with no receipt
                            + "|给(他|她)[^，,。]{0,16}(少抄|少算|少计|少收|少罚|少扣|免罚|不罚|不扣分)"
                            + "|收(了)?我[^，,。]{0,6}(钱|万|千|块|元)[^。]{0,8}(说|答应|保证|承诺)[^，,。]{0,4}(能|可以|会)?帮"
                            + "|收[^，,。]{0,10}费[^，,。]{0,4}(还|也|都)?(不|没|未)(给|开)(任何)?(收据|票据|凭证)"
                            + "|给(他|她)[^，,。]{0,10}(块|元|钱|费)[^，,。]{0,12}(就|才)(能|可以)?[^，,。]{0,4}(办|过|通过|插队|加急|优先|批)|被[^，,。]{0,6}挪用了|卷款|从中(拿|收|吃|赚|捞)|拿去卖|偷换|调包|掉包",
                    "(他|她|他们|员工|经理|销售|店员|业务员)(的)?(个人|私人|自己的?|指定的?)(账户|帐户|账号|微信|支付宝|卡|银行卡|收款码)"
                            + "|(私人)(的)?(账户|帐户|微信|支付宝|银行卡|收款码)|(转|打)(到|给)?.{0,6}(他|她)(个人|私人)(账户|微信|支付宝)"
                            + "|走单|飞单|私单|喊单|代客(理财|操作|交易|下单)|代为操作|密码[^。]{0,12}(帮|替|代)(我|客户)?(操作|交易|下单|炒|买卖|理财)"
                            // told by a member of staff to pay them (not by someone posing as staff, which is a scam)
                            + "|^(?!.*(自称|冒充|假冒|假扮|骗子|陌生|说是)).*" + STAFF + "[^。]{0,12}(让|叫|要)我?[^。]{0,20}(转|打|汇|交)(到|进|给)[^，,。]{0,6}(他|她)(?!们)|替我(操作|做主|下单|签)|收益分成|盈利分成|利润分成|跟我们分成",
                    "(信息|资料|照片|隐私|数据|号码).{0,10}(卖给|卖了|拷走|发给别人)|拷走|伪造|冒签|替我签|假签名|签空白|空白(单|合同|表|协议)|造假|做假"
                            + "|假报告|假证明|假账|虚开|虚报|篡改|套取|(是|涉嫌|属于|搞|帮人)骗保|违规操作|违规办理|违规放贷|加钱.{0,8}(出|开|改|给).{0,6}(合格|报告|证明|证书|通过)"
                            + "|(给钱|交钱|加钱|多给|收.{0,4}钱|要.{0,4}钱).{0,10}(插队|优先办|走后门|包过|免检)|^(?!.*(自称|冒充|假冒|假扮|骗子)).*内部(额度|通道|渠道|名额|指标|价|关系|理财|产品)|(把钱|钱)(放|存|交)(在|到|给)(他|她)(那里|那儿|手里|那)"
                            + "|暗示[^。]{0,12}(意思|表示|给钱|好处|红包|钱|费)|(结果|报告|数据|分数|成绩)[^，,。]{0,4}可以(调整|改|修改|通融)"
                            + "|" + STAFF + "[^，,。]{0,6}收(了|取)?[^。]{0,16}(没|不|未)(给|开)(任何)?(收据|票据|凭证|发票)"
                            + "|(转|打|付|扫|交)(到|给|进)?(他|她)(?!们)(的)?(个人|私人|自己的?)?(微信|支付宝|收款码|银行卡|卡上|户头)"
                            + "|" + STAFF + "[^，,。]{0,6}(拿|冒用|盗用)(了|着)?(我|客户)的?(身份证|证件|医保卡|银行卡|账户|帐户)",
                    "有偿补课|(开|办)(了)?补习班.{0,10}(逼|让|要求)|逼着.{0,6}(学生|家长|孩子).{0,6}(去|上|买|报)|指定.{0,6}(书店|中介|机构|商家|供应商|药店|培训班)"
                            + "|(是|系)(亲戚|亲属)|亲属关系|利益(往来|关联|勾连|瓜葛)|(有|存在)[^，,。]{0,4}(经济|金钱)(往来|关系|瓜葛)"
                            + "|是[^，,。]{0,10}(校长|经理|领导|主任|局长|院长|店长|站长|队长|主管|老板|老师|园长|科长|处长)的?(亲戚|亲属|老婆|老公|儿子|女儿|小舅子|表弟|表哥|弟弟|哥哥|妹妹|姐姐|家属|侄子|外甥|连襟|亲家)"
                            + "|(亲戚|亲属|亲家|老婆|老公|小舅子|表弟|表哥|外甥|侄子|家属|儿子|女儿|弟弟|哥哥)(开的|开了|承包的?|经营的?|名下的?)"
                            + "|(和|跟|与)[^，,。]{0,12}是(一家人?|合伙人|股东|一伙|亲戚)的?"
                            + "|收(了)?[^，,。]{0,8}(购物卡|礼品卡|消费卡|加油卡|油卡|烟酒|礼金)|(推|介绍|带)[^，,。]{0,8}就有(钱|提成|好处)拿?"
                            + "|(不交|不给)[^，,。]{0,10}(费|钱)[^。]{0,20}(交|给)了[^，,。]{0,6}(就|才)(批|过|办|通过)"
                            + "|(让|叫|要)(我|我们)(去)?(从|到|在|找)(他|她)(的)?(朋友|亲戚|熟人|老婆|老公|家人|弟弟|哥哥)(那里|那儿|店|处|家)?(买|办|修|做)"
                            + "|(钱|定金|押金|费|款|现金)[^，,。]{0,4}(直接|私下)(给|交给|转给|付给)(他|她)(?!们)|关系户|留给自己人|亲戚承包|里应外合|阴阳合同|做假流水|假流水|虚增业绩",
                    "收了[^，,。]{0,10}的钱[，,]?[^，,。]{0,2}(就|才|所以)|挂证|挂靠|挂(的是)?别人的(证|执照|资质)|借(用)?别人的(证|资质|执照)"
                            + "|" + STAFF + "[^。]{0,30}(他|她)自己(拿走|拿回家|拿去|私吞|收下|留着)|拿(回|去)(家|卖)了?"
                            + "|(不走|没走)公司的?(账|流程)|(佣金|提成|返佣|手续费返)[^，,。]{0,6}(自己|他|她)(拿|收|赚)|为了多(拿|赚)(佣金|提成)"
                            + "|(擅自|偷偷)[^，,。]{0,8}(用|买|卖|换|改|操作)"
                            + "|(给|帮)(他|她)买(烟|酒|礼物|东西)|自己开的(辅导班|补习班|培训班|店|公司)|(交|给)[^，,。]{0,8}(保证金|押金|手续费|费用)给(他|她)|请(他|她)吃(顿)?饭|(他|她|导游|司机)[^，,。]{0,6}抽(成|多少|点)|是一伙的|串通一气"
                            + "|现金[^。]{0,12}(不用|唔使|不)开(单|票|收据)"
                            // round 8: money asked for "off the books" of the shop, school or hospital
                            + "|^(?=.*(现金|钱|费|款)).*((不用|不必|无需|用不着|唔使|不需要)(走|经过|进|入)|不经过)[^，,。]{0,6}?的?(账|帐)(?![单号户])"
                            + "|(didn'?t|doesn'?t|won'?t|wouldn'?t|not|no need to)[^.]{0,20}(go|run) through the (company|company'?s|shop'?s|firm'?s|business'?s) (books|accounts|system)|给(我|客户)换(了|成)(个|一个|块|一块|些|的)?[^，,。]{0,4}(翻新|二手|旧的?|拆机)"
                            // a used part fitted as new; a repair another shop found needless; money taken to change data or pass a failure
                            + "|说[^。]{0,12}(坏了|要换|得换|要修|需要换|需要修)[^。]{0,30}(别的|其他|另一家|别家|外面)[^。]{0,12}(根本|其实|压根)(就)?没(坏|毛病|问题)|收(了)?[^，,。]{0,6}钱[^，,。]{0,6}(改|调|篡改|删|做)[^，,。]{0,4}(数据|报告|结果|分数|成绩|证明|差评|记录|评分|评级|排名|结论)|不合格[^。]{0,12}(也|都|照样|居然)[^，,。]{0,4}(出|开|给|拿)了?合格|换成了?[^，,。]{0,6}(翻新|二手|杂牌|旧|假|模型)",
                    STAFF + "[^，,。]{0,12}(偷了|偷走|偷拿|(?<!被|被人|别人)拿走|私吞|收现金|要现金|借钱|索要|(问|找|跟)我要(钱|好处|红包))",
                    "(举报|检举|揭发).{0,15}" + STAFF + "|实名举报",
                    // round 6, by class: staff taking an outsider's money or a tip "by the rules"; paying extra for a
                    // guaranteed pass; splitting an inflated claim with the customer; an adviser who cheated; a
                    // signature imitated or a form filled in for the customer; contact details sold
                    STAFF + "[^，,。]{0,6}收(了|过|取)?[^，,。]{0,10}(外面|外人|别人|商家|供应商|厂家|中介|对方|人家|广告商|装修队|外卖员|小贩|摊贩|司机|家长|病人家属)[^，,。]{0,4}的?(钱|好处|红包|礼|烟|酒|卡|现金)"
                            + "|(塞|送)(了)?(给)?" + STAFF + "[^，,。]{0,6}(钱|红包|好处|礼|购物卡|烟|酒|现金)"
                            + "|" + STAFF + "[^，,。]{0,8}(收|要|拿|索)(了|取)?[^，,。]{0,10}小费|小费[^，,。]{0,8}说(是|成)[^，,。]{0,4}(规定|必须|强制)|(强制|强行|强收|强要|索要)[^，,。]{0,2}小费"
                            + "|(加钱|多给钱|给钱|交钱|多交|多付|塞钱|给点钱|多给点|打点)[^，,。]{0,8}(就|就能|就可以|能|可以|保证|包)[^，,。]{0,8}(通过|合格|过关|包过|插队|优先|加急|免检|少算|少扣|少罚|不扣分|过审|批下来|办下来|拿证|拿到证|录取|不用排队)"
                            + "|(差价|多报的|多出来的|赔款|理赔款|返点|佣金|好处)[^，,。]{0,8}(跟|和|给|分)(我|你)[^，,。]{0,2}(分|平分|对半|五五|一半|一人一半)?|(他|她)(跟|和)(我|你)(分|平分|对半分|五五分|二八分)"
                            + "|(走保险|保险)[^，,。]{0,10}(多报|虚报|多赔|多开|报高)|多报[^，,。]{0,6}(项目|金额|费用|损失|一些|几项)"
                            + "|被[^，,。]{0,8}(居间人|经纪人|客户经理|理财经理|业务员|代理人|理专|专员|顾问|经办人)[^，,。]{0,2}(骗|诈骗|坑骗)|" + STAFF + "[^，,。]{0,4}骗(走|了)(我|我们)?[^，,。]{0,4}(钱|万|元|块|积蓄|保费|本金)"
 ,
                    // round 7, by class: common money pocketed, change short on purpose, goods or parts swapped by
                    // the people who handled them, food or a customer's car used by staff, a "voluntary" fee with a
                    // penalty for not paying, a replacement another party says is needless, money moved into a
                    // member of staff's own (or a relative's) name
                    "手脚不干净|揣(进|到)?了?[^，,。]{0,4}兜|(账|帐|账目|账上|帐上|钱|费用|收入|收益|中间|之间)[^，,。]{0,4}(肯定|一定|明显|绝对)?有猫腻"
                            + "|(少找|少给|多收|多扣|多算|少称|缺斤短两)[^。]{0,16}(故意|存心|成心|有意(?!见|思|向|愿))|(故意|存心|成心|有意)[^，,。]{0,4}(少找|少给|多收|多扣|多算)"
                            + "|(被(人)?|给(我)?|偷偷|私自)(调|换|掉)(换|包)?成了?[^，,。]{0,8}(低配|小牌子|不知名|样机|砖头|石头|肥皂|矿泉水|空盒|仿品|山寨|次品|便宜货|小样|旧的)"
                            + "|(变成|换成)了?[^，,。]{0,6}(砖头|石头|肥皂|矿泉水|空盒|样机|不知名的?小?牌子)"
                            + "|" + STAFF + "[^，,。]{0,8}偷(吃|喝|用|开)|(开出去|开去|开走)[^，,。]{0,4}(办私事|拉活|接人|兜风|跑私活)|(里程|公里数|里程表)[^，,。]{0,6}多(跑|出)了|(保养|维修|送修|放在)[^。]{0,20}(里程|公里数)[^，,。]{0,6}多了"
                            + "|自愿[^。]{0,24}(不|没)(订|交|买|报|参加|报名)的?[^。]{0,16}(点名|批评|穿小鞋|最后一排|坐最后|难看|扣分|不让|罚|刁难|针对)|(这|还)叫自愿|跟强制有什么区别"
                            + "|说[^。]{0,16}(要换|得换|需要换|坏了|要修|过期)[^。]{0,40}(根本|其实|压根)(就)?(不用|不需要|没必要|用不着)(换|修)"
                            + "|(转|打|汇|存|过户)(到|进|给)?了?[^，,。]{0,6}(他|她)(自己|老公|老婆|家人|亲戚|儿子|女儿)?名下"
                            // a customer's car or belongings lent out by those keeping them; the better part billed, the cheaper fitted
                            + "|(?<!我)把(我的|客户的|我们的)[^，,。]{0,4}(车|房子|房|东西|设备|电脑|衣服|西装|自行车|电动车)[^，,。]{0,4}(借给|租给)[^，,。]{0,4}(别人|外人|朋友|亲戚|员工|店员)"
                            + "|差价[^，,。]{0,8}(去了|进了|落到|落进)[^，,。]{0,4}(谁|哪)"
                            + "|(报价单|收费单|缴费单|清单|发票|单子)[^。]{0,30}(进口|原厂)[^。]{0,24}(写的是|用的是|装的是|换的是|实际是|却是)[^，,。]{0,4}(国产|副厂|杂牌)"
                            + "|(进口|原厂)[^。]{0,24}(报价单|收费单|缴费单|清单|发票|单子|记录)[^，,。]{0,4}(写的是|却是)[^，,。]{0,4}(国产|副厂|杂牌)",
                    "grease (his|her|their) palm|(split|share|shared|splitting) the (difference|extra|payout|savings)"
                            + "|(inflate|inflated|pad|padded) (the|my) (claim|bill|invoice|quote)|(pay|paid|give|gave) (a little )?extra[^.]{0,30}(pass|approve|approval|guarantee|skip|jump)"
                            + "|(tip|tips|gratuity)[^.]{0,20}(mandatory|compulsory|required)|(took|take|takes|taking|accepted) (a )?(tip|tips|cash|money|gifts?) from",
                    "brib|kickback|embezzl|replaced (it |them )?with (a |an )?(cheap|fake|knock-?off|counterfeit|empty)|under the table|cash[^.]{0,30}no receipt|without (the )?(tests?|inspections?|checks?) (being )?(run|done|carried out|performed)|faking|swapped|selling customer|(hinted|suggested)[^.]{0,30}(gift|tip|cash|fee)|for his (own )?relatives|(his|her) (brother|sister|wife|husband|cousin|son|daughter|friend)'?s? [a-z ]{0,12}(firm|company|business|shop|agency)|straight to his|off the books|misconduct|took a cut|taking a cut|pocket(ed|ing)|skim(med|ming)|forg(ed|ery)|falsif"
                            + "|fake (report|certificate|signature|invoice)|(pay|paid|paying|send|sent|transfer(red)?) (him|her|them) (directly|privately|personally|on the side|in cash)"
                            + "|(pay|paid|paying|give|gave) (him|her|them)[^.]{0,40}(on the side|in cash|under the table|privately)|(his|her) (private|own) (studio|business|company|firm|shop|practice|lessons|tutoring)"
                            + "|(to earn|for (the|his|her)|to get|to make) (more )?commission|churn(ed|ing)"
                            + "|personal (venmo|paypal|account|bank account|cash app|zelle)|(venmo|zelle|cash app)[^.]{0,30}(him|her|discount|directly)"
                            + "|(taking|took|takes|accept(ed|ing)?) (cash|money|gifts?|payments?) from|offered to [^.]{0,40}for a fee|(asked|wanted|demanded) (me )?(for )?(cash|money|a tip|a bribe)|conflict of interest"
                            + "|cash \"?fee|report (one of )?your (staff|employee|adviser|advisor|agent|manager|rep)"
                            + "|(staff|employee|agent|manager|rep|adviser|advisor|technician|tech|driver|clerk)[^.]{0,40}(stole|stealing|copied)"
                            + "|copied (my )?(photos|files|data|pictures)|went through my (files|photos|phone|laptop)|(his|her) (personal|own) (social media|account|phone)"), null),
            RiskFlag.COLLECTIVE, new Rules(patterns(
                    "全体|所有(的)?(业主|家长|住户|车主|会员|同学|用户|客户|学员|投资人|投资者|乘客|团员|居民)"
                            + "|全(小区|楼|栋|村|单元|团)(的)?(业主|家长|住户|人|居民|团员|都)|全班(的)?(家长|都)"
                            + "|联名(?!卡|款|信用卡|会员|产品|礼盒)|联署|集体(?!户)|维权群|群里(的)?大家"
                            + "|(业委会|业主委员会|业主大会|家委会)(已经|决定|一致|代表|全体|成员|准备|要求|请了|商量|讨论|建议|希望)|(我们|代表)(业委会|业主委员会|家委会)",
                    "大家(一致|已经|商量|决定|的意见|讨论|建议|希望|要求)|大家都(同意|觉得|认为|反映|希望|要求|在说|有意见|遇到|被|一样|不满|收到|投诉)"
                            + "|(业主|家长|车主|住户|会员|同学|居民|村民|团员|乘客|投资人|学员)们|(业主|家长|车主|住户|居民|村民|团员|乘客|投资人|学员|邻居)(都|全都|全部|一起)(?!想知道|想了解|很关心|关心|喜欢|爱)"
                            // the travellers "all" doing it, a whole tour or block (Cantonese 成團人), firms joining forces, "we three firms"
                            + "|(旅客|游客|租户|商户|病友|工友|住客|团友)(都|全都|全部|一起)(不|没|在|被|说|同意|反映|要求|投诉|决定|拒绝|等|滞留|困)"
                            + "|(乘客|旅客|游客|业主|家长|住户|租户|车主)(们)?[^，,。]{0,2}(商量好|约好|说好|说定)"
                            + "|成(团|班|栋|幢|座|条村|个屋苑|个小区|个村)(的)?(人|住户|业主|家长|团友|乘客|旅客)|(全|一|整|满)(车|机|船|飞机)(的)?(人|乘客|旅客|游客)"
                            + "|(已经|我们|大家|一起)[^，,。]{0,4}联合起来|联合(投诉|起诉|维权|举报|申诉|上书)|(我们|咱们|我哋)(这)?" + MANY + "(多|几|来)?(家|户|个|位|名|间)(?![月小钟星礼工点天周年孩娃])"
                            + "|(团|群|班|楼|村|小区)里(的)?(人|家长|业主|同学)都",
                    "(我们|咱们)(班|村|这栋|这一栋|这幢|这几栋|整栋|宿舍|几个|几位|几户|几家|好几|好多|十几|几十|这些|全体|全部|全都|团|这批|一群|一帮)",
                    "(好多|好几|很多|不少|一大批|一群|一帮|大批)(个|位|名|家)?" + GROUP_NOUN + "(?![^，,。]{0,4}(知道|看到|看见|听说|围观))",
                    MANY + "(多|余|几)?((个|位|名|家)?(户|人|家庭)|(个|位|名)" + GROUP_NOUN + ")(?![^，,。]{0,2}(点赞|看过|围观|转发|评论|关注|浏览|在看|阅读|观看|收藏))",
                    "代表.{0,6}(全体|大家|业主|家长|住户|居民|村民|所有)|代表我们",
                    // round 6: the group that sent the writer, a whole street or unit, "we" with a count, joining to complain
                    "(大伙|大家|邻居们|业主们|家长们|同事们|街坊|乡亲们|工友们|村里人|群里)(都)?(让|叫|托|派|推举|推选|委托)(我|我来)"
                            + "|我们(单位|公司|部门|厂|科室|车间|工地|学校|村|社区|小区|协会|合作社|车队|商会|团队|店|楼|群)[^，,。]{0,8}" + MANY + "(多|余|几|来)?(个|位|名|户|家|台|辆|间)"
                            + "|(整|全|一)(条街|条巷|条村|个片区|片区|片|个院|个大院|个社区|个屋苑|个园区|个村|排)(的)?(住户|居民|人|商户|业主|邻居|街坊|村民)"
                            + "|我们(整条街|这条街|这一片|这片|整个院|大院|整排|整个片区|整个小区|整个村|整个社区)"
                            + "|一起(来|去)?(投诉|讨说法|讨个说法|要说法|要个说法|维权|申诉|起诉|举报|找你们|找公司|找(你们)?(领导|公司|总部)|上门)"
                            + "|(加上|还有|连同|和|跟)(另外|其他|隔壁)[^，,。]{0,3}(两|三|四|五|几|好几|[0-9]+)(家|户|位|个)",
                    "(about|around|over|nearly|some|all) [0-9]+ of us|(speaking|writing) for (all|the|everyone)|the whole (building|street|block|class|estate|village|tour)"
                            + "|(me|i) and (the )?([0-9]+ )?other (families|parents|residents|members|customers|passengers|owners|tenants)|(several|many|other) (families|households|residents|neighbou?rs) (and i|like us)",
                    "on behalf of|we,? the (residents|parents|tenants|customers|owners|members|homeowners|families|passengers)"
                            + "|all (of us|the (residents|tenants|parents|owners|homeowners|families))"
                            + "|([0-9]+|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?|several|many|lots) (of us|tenants|residents|parents|families"
                            + "|households|investors|passengers|owners|homeowners|members|victims)|([0-9]+|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?) "
                            + "(customers|people)|every one of us|our (community|group|association)|(residents|tenants)' association|joint (letter|complaint|petition)"
                            + "|petition|class action|a group of|we all (had|got|were|have|received|lost)|each of us|signed [^.]{0,20}together|together (signed|wrote)|other affected (customers|people|users|passengers|families)"), null),
            RiskFlag.ASSET_SAFETY, new Rules(patterns(
                    "盗刷|被盗|盗号|盗用|被黑|被入侵|黑客|被人登录|被登录|(异地登录|异常登录|陌生(设备|手机|登录|号码))(?![^，,。]{0,4}(提醒|保护|通知|功能|告警|预警))|不认识的?(设备|手机|电脑|登录)|另一(台|部)(设备|手机)"
                            + "|在(另|别|其他|陌生).{0,6}(设备|手机).{0,4}(激活|登录)|不是我本人|不是本人(操作|办理|登录)"
                            + "|(不是|并非)我(本人)?(操作|办|借|申请|消费|登录|转|绑|买|刷|开通)",
                    "被(人|别人|他人|不明人)[^，,。]{0,4}(提|转|取|刷|盗|登|借|贷|改|绑|注册)"
                            // taken, used or touched is theft of funds only when money, a card or an account is spoken of
                            + "|^(?=.*(钱|卡|账|帐|余额|存款|密码|身份|证件|资金|款)).*被(人|别人|他人|不明人)[^，,。]{0,4}(拿|用|动)"
                            + "|俾人[^，,。]{0,4}(碌|刷|转|提|攞|偷|呃|盗)"
                            + "|(有人|别人|被人|骗子)[^，,。]{0,12}(补卡|补办了?我的|过户了?我的)|(号码|手机号|手机卡|电话卡|门号|号)[^，,。]{0,4}被[^，,。]{0,6}(补办|补卡|过户|转走|拿去(办|开|贷|借|注册))|把我的(号码|手机号|号|门号|手机卡)(给)?(过户|补办|补卡|转走)"
                            // debits while the customer slept, or while they were somewhere else
                            + "|^(?=.*(消费|扣款|取款|转账|刷卡|支付|取现|提现|签账)).*(在睡觉|睡着了|睡梦中)"
                            + "|^(?=.*(刷|消费|交易|扣款|取款|签账|碌)).*(但|可|可是|而)(我)?(本)?人(明明|一直|根本|当时)?(在|喺)"
                            + "|(有人|别人|他人|陌生人)(用|拿|登|动|冒用|盗用|偷用|登录|进)(了)?我的"
                            // orders or payments someone else made in the customer's account
                            + "|(账号|帐号|账户|帐户)[^，,。]{0,8}(有人|别人|被人|陌生人)[^，,。]{0,4}(下了|下单|买了|消费|付了|支付|转了)"
                            + "|谁(在)?(动|操作|登录|用)了?我的|(卡里|账户里|帐户里|账上|余额)[^，,。]{0,4}(转出|少了)|用我的(账号|帐号|账户|帐户|身份证?|名义|信息|手机号|卡|银行卡)[^，,。]{0,10}(办|开|绑|借|贷|注册|下单|刷|买|扣|消费)"
                            + "|我的(号|账号|帐号|身份证?|信息|手机号)(被|让)(人|别人)?[^，,。]{0,4}(拿去|冒用|盗用|注册|借|贷|办|绑)",
                    "转走|被转|被划走|被扣走|被取走|被提走|提走了|划走了|不翼而飞|((余额|存款|积蓄)|(卡|账户|帐户|账号|帐号|支付宝|微信|钱包|零钱|余额宝|户头|理财|基金|里面)里?(面)?的?钱)[^，,。]{0,6}(不见|没了|少了|变成零|清零|对不上|一分没有|去哪|被转)"
                            + "|钱[^，,。]{0,4}(不见了|不翼而飞|被转|被划|被扣走|被盗)|钱(到底)?(去哪|哪去)|(账户|帐户|卡)里[^，,。]{0,4}少了"
                            + "|(积蓄|存款|本金|钱|资金|学费|预付款?|预存|充值|储值|会员费|定金|首付|押金|货款|团费)[^，,。]{0,6}(要不回来|拿不回来|回不来|打水漂)"
                            // a business gone with the customers' prepaid money
                            + "|卷(了|走)[^，,。]{0,8}(钱|款|费)|人间蒸发|(倒闭|关门|跑路|跑了)[^。]{0,16}(会员费|储值|充值|预付|学费|押金|团费|定金|首付)"
                            + "|(储值卡|会员卡|预付卡|充值卡)[^。]{0,10}(找谁|怎么办|退不了|没人管)"
                            // a scam told step by step
                            + "|自称[^，,。]{0,8}(客服|银行|公安|警察|民警|工作人员|官方|快递|平台|法院|检察)|冒充我|(来电|电话|打给我|打来)[^，,。]{0,6}说(是|他是|她是)[^，,。]{0,6}(你们|客服|银行|公安|警察|工作人员)"
                            + "|(冒充|假冒|假扮|伪装成|假装是)[^，,。]{0,8}(客服|银行|公安|警察|民警|工作人员|官方|快递|平台|法院|检察)[^，,。]{0,6}(打|给|找|联系|加|发|来电|上门)"
                            + "|屏幕共享|共享(了)?屏幕|(下载|安装|打开|开)(了)?[^，,。]{0,6}(远程|会议软件)|(安全|监管|指定的?)(账|帐)户|(念|报|告诉|发|给)[^，,。]{0,10}(短信|手机)[^，,。]{0,6}(数字|代码|码)"
                            // the customer's entrusted funds (not a fee or a bribe, which is whistle-blowing alone) diverted to
                            // a member of staff or their relations, and an identity used by someone else
                            + "|(存款|定期|本金|积蓄|保证金|理财款|投资款|房款|首付|全款|货款|保费|资金|余额|养老钱)[^。]{0,16}(转|打|汇|存|交)(到|进|给)[^，,。]{0,8}(他|她)[^，,。]{0,8}(账户|帐户|卡|微信|支付宝|户头)"
                            + "|(转|打|汇|交)(到|进|给)[^，,。]{0,8}(他|她)[^，,。]{0,8}(个人|私人|指定|自己)的?(账户|帐户|卡|户头)[^。]{0,20}(联系不上|失联|不见|跑了|拉黑|没到账|拿不回|要不回)"
                            + "|(卡里|卡上|账户里|帐户里|余额)[^，,。]{0,8}就?(没了|不见了|清零|被清空)|密码[^，,。]{0,6}(给|告诉|发给)了?(对方|别人|骗子|陌生人)|密码[^，,。]{0,6}(给|告诉|发给)了?(他|她)(?![^。]{0,10}(代|帮|替)?(为|我|客户)?(操作|理财|交易|下单|打理|炒))|挪用[^，,。]{0,4}(客户|我)的?(资金|钱|保证金|存款)"
                            + "|(拿走|要走|记下|偷看|问走)了?我的[^，,。]{0,4}密码|不存在的[^，,。]{0,6}(产品|理财|基金|保单|项目)"
                            + "|卡(明明|还|一直)(在|在我)[^，,。]{0,4}(身上|手上|钱包)|卡[^，,。]{0,4}(在|喺)(我)?(屋企|家里?|身上|手上|钱包|银包|包里|抽屉)[^。]{0,20}(刷|碌|取|扣|消费|交易|转|签账)|(户口|账户|帐户|卡)[^，,。]{0,8}少(咗|了)[^，,。]{0,4}[0-9一二两三四五六七八九十百千万]"
                            + "|(拿|用|冒用|盗用)(着|了)?我(的)?(身份证|身份|证件|名字|名义)[^，,。]{0,14}(办|开|借|贷|注册|申请|过户)|冒认",
                    // asking us to freeze an account protects it; an account the company froze is a dispute about access, not safety
                    "(怎么|如何|帮我|马上|立即|赶紧|请|要求|申请)[^，,。]{0,4}冻结|(转到|打到|汇到|进了)[^，,。]{0,4}(一个|某个|别的|别人|陌生|不认识|什么|第三方|其他)[^，,。]{0,12}(账户|帐户|卡)"
                            + "|(根本|压根)(没有|不存在)这(个|款|只)?(产品|理财|基金|保单)|假(产品|理财|保单|基金)",
                    "未授权|未经授权|没有授权|没授权|从未授权|未经.{0,4}(同意|授权|允许)"
                            + "|^(?=.*(账户|帐户|账号|帐号|银行卡|信用卡|储蓄卡|借记卡|快捷支付|卡里|卡上|余额|资金|存款|贷款|借款|借钱|借过|征信|转账|交易|登录|下单|密码|单子))"
                            + ".*((根本|从来|从|并|压根|完全|明明|本人|我都|我也|自己)(就)?(没|未|不曾)(有)?(借|贷|申请|开通|操作|授权|绑定?|消费|登录|转账|同意|点过|注册|办理?过|买过|下过|做过)"
                            + "|我没(有)?(操作|授权|登录|消费|转账)过|(啥|什么)(也|都)没(动|操作|点|干))",
                    "^(?!.*(流量|话费|套餐|增值业务|彩铃|月租|续费|短信费|会员费|订阅)).*(莫名其妙|莫名|无缘无故|凭空|平白无故|无啦啦)[^，,。]{0,10}(扣|借|贷|交易|消费|转出|转走|多了|多出|开通|绑定)"
                            + "|不明(扣款|交易|消费|来源|转账|借款)|不认识[^，,。]{0,6}(交易|消费|扣款)|不知道[^，,。]{0,6}(借|贷)"
                            + "|(根本|完全|毫)不知(道|情)[^，,。]{0,10}(扣|借|贷|转|开通|消费|交易)|毫不知情",
                    "密码[^，,。]{0,4}(被改|被人改|被修改|泄露|被盗)|(密码|邮箱|手机号|绑定)[^，,。]{0,6}被(人)?(改|换|修改|更改)|(有人|被人|别人)[^，,。]{0,4}改了(我的)?密码"
                            + "|钓鱼|(报|说|给|告诉|念|发)(了|一下|下)?(出)?(个|那个)?验证码|验证码[^，,。]{0,4}(报|说|念)|(假冒|冒充|仿冒)的?[^，,。]{0,8}(链接|网站|网址|app|短信)|点了[^，,。]{0,10}链接|输(入)?了[^，,。]{0,4}(密码|验证码|卡号)"
                            + "|验证码[^，,。]{0,8}(给了|告诉|发给|报给)|(告诉|给了|发给)[^，,。]{0,8}验证码|(信息|资料|身份证|银行卡号)[^，,。]{0,4}(泄露|被泄露|外泄)|泄露了?我的|你们[^，,。]{0,4}泄露",
                    "冒用(了)?我|冒我的名|以我的(名义|身份)|用我的(身份|名义)|冒名(办|开|贷|借|注册|顶替)|身份(被|让)(人|别人)?(冒用|盗用)"
                            + "|(注册|开通|借)了?(一笔|一个)?网贷|网贷[^，,。]{0,6}(不是我|我没)|征信[^，,。]{0,12}(多了|出现|有一笔|有笔|莫名|逾期记录)"
                            + "|(借款|贷款|扣款|消费|转账|交易|支付|取款)(提醒|通知)?(短信|信息)[^，,。]{0,20}(没|不|谁|根本)|(借款|贷款|扣款|消费|转账|交易|支付|取款)(提醒|通知)?(短信|信息)[^。]{0,20}(谁|根本|不是我|我没)",
                    // debits missing by the count, a product that does not pay out, and someone who took money as our staff and was not
                    "(少|多)了[^，,。]{0,4}笔(钱|扣款|交易|消费|转账|支出)|(不|无法|没法|停止|延期|逾期)兑付|兑付不了|(已经|直接|彻底|真的)(暴雷|爆雷)|(才知道|原来|根本|压根|其实|后来)[^，,。]{0,8}不是你们(公司|银行|平台)?的?(人|员工|工作人员|师傅|客服)|^(?=.*(保证金|押金|转账|汇款|验证码|高收益|内部|返利|刷单|加我微信|加了我)).*(是|是不是)你们(公司|银行|平台)?的?(人|员工|工作人员|客服|经理)(吗|么|嘛|啊)|卷钱|卷款|跑路|骗子平台|平台跑路|诈骗平台|杀猪盘|资金盘|(?<!防止|以防|避免|防|万一|如果|要是)被骗(?!了?的话)|骗走|骗了我[^，,。]{0,6}(钱|万|元|块)|诈骗(了|我)"
                            + "|提现.{0,20}(没到|未到|没收到|不到账|还没到)|成功.{0,20}(没|未)(到|收到|有)",
                    "资金安全|账户安全|帐户安全|账号安全|账户异常|帐户异常|账号异常|异常(登录|交易|扣款|转账|消费|提现)"
                            + "|(资金|钱|账户|帐户|账号|支付|交易|密码|个人信息|信息|卡)[^，,。]{0,6}(安全吗|安不安全|安全不|安全隐患|会不会被盗|不安全)"
                            + "|(公共|公用)(wifi|网络)[^。]{0,12}(安全|风险)|(银行卡|信用卡|储蓄卡|借记卡|手机|钱包)被(偷|抢)"
                            + "|(境外|海外|国外|外地|异地)[^，,。]{0,8}(被刷|刷了|消费了|交易了|盗刷|取了)|一笔(境外|海外|国外|异地)|(根本|从来|都)没出(国|过国)|被[^，,。]{0,8}(刷了|刷走)",
                    // round 6: a login from a place the customer is not in; a password the customer never gave anyone
                    "(在|从)[^，,。]{0,8}登(录|陆)[^。]{0,16}(我|本人)(人)?(明明|一直|根本|当时|现在)?(在|喺)|^(?=.*登(录|陆)).*(但|可|可是|而|我)(本)?人(明明|一直|根本|当时|现在)?(在|喺)(?!线)"
                            + "|密码[^，,。]{0,6}(谁都没|谁也没|从没|从来没|没有?)(告诉|给|说)过",
                    // round 6: money that left one side and never reached the other; an account frozen or locked
                    // with no reason the customer knows of, or with their money in it (a freeze they can explain
                    // by the company's own rules stays a dispute about access)
                    "^(?=.*(钱|款|转账|汇款|资金|退款|押金))(?!.*(延迟|延时|处理中|在途)).*((两边|双方|银行和你们|你们和银行)[^，,。]{0,4}(都说|互相)[^，,。]{0,6}(没问题|正常|不是|推|对方)|(对方|收款人|收款方|对方银行)[^，,。]{0,4}(说|却|都|也)?(没|没有|未)(收到|到账|这笔))"
                            + "|(莫名其妙|莫名|无缘无故|无故|突然|没有任何(通知|理由|说明|解释)|不知道为什么|毫无理由|平白无故|无端端)[^，,。]{0,10}(冻结|冻了|锁定|锁了|封了|封号|封停|凍結)"
                            + "|(冻结|锁定|封停|封号)(了)?[^。]{0,12}(没有任何|没有?通知|没有?理由|没有?说明|无故|莫名)"
                            + "|(冻结|冻了|锁定|锁了|封了|封停)[^。]{0,12}(里面|卡里|账户里|帐户里|户口)(还)?(有|剩)[^，,。]{0,6}(万|千|钱|积蓄|工资|存款|[0-9])",
                    // round 7: a lock or freeze whose reason is withheld; money paid that the company says it never received
                    "(冻结|冻了|冻咗|锁定|锁了|锁咗|被锁|锁住|封了|封号|限制|停用|用不了)[^。]{0,16}(原因|理由|为什么)[^，,。]{0,6}(不告诉|不能告诉|不说|不肯说|不方便|不透露|不解释|不给|唔方便|唔讲|唔话)"
                            + "|(不告诉|不肯说|不说|不解释)(我)?(原因|理由|为什么)[^。]{0,10}(冻|锁|封|限制|停用)"
                            + "|^(?=.*(钱|款|定金|订金|押金|首付|保费|现金|费)).*(公司|你们|店里|总部|财务|房东|开发商|银行)[^，,。]{0,6}(说|称)[^，,。]{0,4}(没|没有|未|冇)(收到|到账|入账)",
                    "(locked|frozen|blocked|suspended)[^.]{0,40}(nobody|no one|won'?t|refuses? to|refused to)[^.]{0,10}(tell|explain|say)",
                    "(account|card|funds|money|wallet)[^.]{0,20}(frozen|locked|blocked|suspended)[^.]{0,30}(no (reason|explanation|notice|warning)|without (any )?(reason|explanation|notice|warning))"
                            + "|(froze|frozen|locked|blocked|suspended) (my )?(account|card|funds)[^.]{0,20}(no|without any|without) (reason|explanation|notice|warning)"
                            + "|(transfer|payment|money)[^.]{0,30}(left|debited|taken)[^.]{0,30}(never|hasn'?t|has not|didn'?t) (arrive|arrived|reach|reached|show up|come)",
                    "unauthori[sz]ed|fraudulent|fraud on my|stolen|hacked|hacker|compromised|(someone|somebody)( else)? (logged|accessed|used|has access|took|withdrew|transferred|opened|changed|reset|bought)"
                            + "|it wasn'?t me\\b|unknown device|unrecogni[sz]ed device|phishing|scammed|scammer|never (been to|made|authori[sz]ed|opened|applied|signed up)"
                            + "|don'?t recogni[sz]e|didn'?t (make|authori[sz]e|do that|open|apply|sign up|request)|did not (make|authori[sz]e)"
                            + "|(money|funds|transfer|withdrawal|payment)[^.]{0,20}never arrived|where is my money|money (is )?(gone|missing|vanished|disappeared)"
                            + "|missing (funds|money)"
                            + "|(freeze|block) (my|the) (card|account)|locked (me )?out of (my|the) (account|app|wallet)|drained|emptied"
                            + "|account security|identity theft|confirm my password|block (the|my) card|cancel my card"
                            + "|card was (lost|stolen|used)|used in [^.]{0,20}(countries|country|abroad)|changed my (email|password|phone)"
                            + "|(email|password|phone number) (was|has been) changed|withdrawals? [^.]{0,30}never made|is it safe to|public wi-?fi|sim swap"
                            + "|data (breach|leak)|never (shopped|bought|ordered|used|visited)|pretending to be|claiming to be (from )?(your|the bank|you)"
                            + "|(asked|wanted) (me )?(for|to give|to read out|to share) (my |the )?(code|otp|pin|password)|one-time (code|password)|\\botp\\b|verification code"
                            + "|safe account|remote access|screen shar|login code i never|credit line in my name|in my name|don'?t recogni[sz]e|tricked into"
                            + "|card is (still )?(in my|with me)|still have (my|the) card|(card|phone) (was )?(still )?in my (bag|pocket|wallet|purse|hand)|while i (was asleep|slept)"
                            + "|turned out (not to be (yours|you|real)|to be fake)|(someone|somebody) (has|got|stole|is using) (my|our) (card|account|bank|login) ?(details|number|info)?"), null)));

    /** Every alternation above, for the one keyword scan that tells which of their branches to try. */
    private static final BranchIndex INDEX = new BranchIndex(allPatterns());

    private RiskFlagDetector() {}

    /** The flags raised by a message already passed through {@code TextNormalizer}. */
    public static Set<RiskFlag> detect(String normalized) {
        return detect(normalized, true);
    }

    /** The same as {@link #detect(String)} without the keyword scan: every branch of every pattern is tried. */
    static Set<RiskFlag> detectUngated(String normalized) {
        return detect(normalized, false);
    }

    private static Set<RiskFlag> detect(String normalized, boolean gated) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        for (String sentence : sentences(normalized)) {
            if (sentence.isBlank()) {
                continue;
            }
            long[] candidates = gated ? INDEX.scan(sentence) : null;
            int mereMention = UNKNOWN; // decided only when a mention pattern matches
            for (RiskFlag flag : FLAGS) {
                if (flags.contains(flag)) {
                    continue;
                }
                Rules rules = RULES.get(flag);
                if (rules.plain() != null && find(rules.plain(), sentence, candidates)) {
                    if (flag == RiskFlag.COLLECTIVE && calmRequest(GROUP_ORDER, sentence, candidates)) {
                        continue; // a calm group booking or quote: heads counted, nobody spoken for
                    }
                    flags.add(flag);
                    continue;
                }
                if (rules.mention() == null || !find(rules.mention(), sentence, candidates)) {
                    continue;
                }
                if (flag == RiskFlag.LAWSUIT && calmRequest(LEGAL_ERRAND, sentence, candidates)) {
                    continue; // a document asked for by a lawyer or a court: the reason for a calm request
                }
                if (mereMention == UNKNOWN) {
                    mereMention = find(QUESTION, sentence, candidates) && !find(COMMITMENT, sentence, candidates) ? YES : NO;
                }
                if (mereMention == NO) {
                    flags.add(flag);
                }
            }
        }
        return flags;
    }

    private static final RiskFlag[] FLAGS = RiskFlag.values();
    private static final int UNKNOWN = 0;
    private static final int YES = 1;
    private static final int NO = 2;

    private static boolean find(GatedAlternation pattern, String sentence, long @Nullable [] candidates) {
        return candidates == null ? pattern.pattern().matcher(sentence).find() : pattern.find(sentence, candidates);
    }

    /** One alternation per group: a single scan of the sentence is several times faster than one per rule. */
    private static GatedAlternation patterns(String... regexes) {
        return new GatedAlternation(Arrays.asList(regexes));
    }

    private static GatedAlternation indexed(String regex) {
        return new GatedAlternation(List.of(regex));
    }

    /** A question of the given kind that names no grievance: the words of a flag are its reason, not a threat. */
    private static boolean calmRequest(GatedAlternation kind, String sentence, long @Nullable [] candidates) {
        return find(kind, sentence, candidates) && find(QUESTION, sentence, candidates) && !find(GRIEVANCE, sentence, candidates);
    }

    /** Every pattern of the detector, for the test that start indexing changes no match. */
    static List<GatedAlternation> allPatterns() {
        List<GatedAlternation> all = new ArrayList<>(List.of(QUESTION, COMMITMENT, GROUP_ORDER, LEGAL_ERRAND, GRIEVANCE));
        for (Rules rules : RULES.values()) {
            if (rules.plain() != null) {
                all.add(rules.plain());
            }
            if (rules.mention() != null) {
                all.add(rules.mention());
            }
        }
        return all;
    }

    /**
     * The sentences the detector judges one by one: cut after 。 ! ? ; and a line break, and after a
     * full stop followed by white space, which is dropped. The same as splitting by
     * {@link #SENTENCE_END}, without a regular expression.
     */
    static List<String> sentences(String normalized) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int n = normalized.length();
        for (int i = 0; i < n; i++) {
            char c = normalized.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n') {
                out.add(normalized.substring(start, i + 1));
                start = i + 1;
            } else if (c == '.' && i + 1 < n && isRegexSpace(normalized.charAt(i + 1))) {
                out.add(normalized.substring(start, i + 1));
                int j = i + 1;
                while (j < n && isRegexSpace(normalized.charAt(j))) {
                    j++;
                }
                start = j;
                i = j - 1;
            }
        }
        if (start < n) {
            out.add(normalized.substring(start));
        }
        return out;
    }

    /** What {@code \\s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
