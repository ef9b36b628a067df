package io.anxin.nlp.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.triage.RiskFlag;
import io.anxin.nlp.text.TextNormalizer;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskFlagDetectorTest {

    private static Set<RiskFlag> flags(String text) {
        return RiskFlagDetector.detect(TextNormalizer.normalize(text));
    }

    @Test
    void aThreatToExposeOnSocialMediaIsMedia() {
        assertThat(flags("再不退款我就发到微博上让大家看看")).containsExactly(RiskFlag.MEDIA);
    }

    @Test
    void askingWhetherTheCompanyHasAWeiboAccountIsNoMediaThreat() {
        assertThat(flags("你们有官方微博吗")).isEmpty();
    }

    @Test
    void goingToTheConsumerHotlineIsLawsuit() {
        assertThat(flags("我已经打了12315投诉你们")).containsExactly(RiskFlag.LAWSUIT);
    }

    @Test
    void askingForTheConsumerHotlineNumberIsNoLawsuit() {
        assertThat(flags("请问12315的电话是多少")).isEmpty();
    }

    @Test
    void aKickbackReportIsWhistleblowing() {
        assertThat(flags("举报你们的客户经理收回扣")).containsExactly(RiskFlag.WHISTLEBLOW);
    }

    @Test
    void reportingANeighboursIllegalBuildingIsNoWhistleblowing() {
        assertThat(flags("我想举报邻居在阳台搭建违建")).isEmpty();
    }

    @Test
    void speakingForThirtyHouseholdsIsCollective() {
        assertThat(flags("我们三十多户业主都不同意")).containsExactly(RiskFlag.COLLECTIVE);
    }

    @Test
    void aPriceWithDigitsIsNoGroup() {
        assertThat(flags("399会员费又扣了")).doesNotContain(RiskFlag.COLLECTIVE);
    }

    @Test
    void anUnauthorisedCardPaymentIsAssetSafetyEvenInAQuestion() {
        assertThat(flags("信用卡被盗刷了怎么办？")).containsExactly(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void aBannerOrSitInIsAnExtremeThreat() {
        assertThat(flags("明天我们就去售楼处拉横幅")).contains(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void englishThreatsAreFlaggedToo() {
        assertThat(flags("I will sue you and post this on Twitter"))
                .containsExactlyInAnyOrder(RiskFlag.LAWSUIT, RiskFlag.MEDIA);
    }

    @Test
    void figuresOfSpeechRaiseNothing() {
        assertThat(flags("气死我了，累死了，笑死")).isEmpty();
    }

    @Test
    void aThreatPutAsARhetoricalQuestionIsStillAnExtremeThreat() {
        assertThat(flags("你们是不是非要逼我从楼顶跳下去？")).contains(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void aRockBottomPriceAndSmashingOnesOwnRouterInAngerAreNoThreats() {
        assertThat(flags("跳楼价也不能这么糊弄人吧")).isEmpty();
        assertThat(flags("网速慢得我真想把路由器砸了")).isEmpty();
    }

    @Test
    void carsJammedAtTheSchoolGateAreNoBlockade() {
        assertThat(flags("放学时接孩子的车全堵在门口，能不能错峰")).doesNotContain(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void aCantoneseSitInAndAnEnglishCampOutAreExtremeThreats() {
        assertThat(flags("你哋再唔處理，我就去管理處門口坐住唔走")).contains(RiskFlag.THREAT_EXTREME);
        assertThat(flags("Fix this or I'm camping in your branch until you do.")).contains(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void quietDespairIsAnExtremeThreat() {
        assertThat(flags("I can't do this anymore, I just want it all to end.")).contains(RiskFlag.THREAT_EXTREME);
        assertThat(flags("钱都没了，我活着也没什么意思了")).contains(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void aCallerAskingForTheVerificationCodeIsAssetSafetyEvenInAQuestion() {
        assertThat(flags("有人打电话说是你们客服，让我报一下验证码，这正常吗？")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void askingHowToReplaceALostCardIsNoAssetSafety() {
        assertThat(flags("I lost my card, how do I get a replacement?")).isEmpty();
    }

    @Test
    void aStaffMemberHintingForMoneyToSpeedThingsUpIsWhistleblowing() {
        assertThat(flags("窗口的人说给他两百块就能当天办好")).contains(RiskFlag.WHISTLEBLOW);
        assertThat(flags("The driver asked me for cash to make sure the parcel arrives.")).contains(RiskFlag.WHISTLEBLOW);
    }

    @Test
    void aNoteOnXiaohongshuWrittenInPinyinIsMedia() {
        assertThat(flags("再不退款我就把这个 case 发到 Xiaohongshu 上")).containsExactly(RiskFlag.MEDIA);
    }

    @Test
    void askingHowToComplainIsNoLawsuit() {
        assertThat(flags("请问投诉的话是打你们总行热线还是找市场监管局？")).isEmpty();
    }

    @Test
    void aScamToldStepByStepIsAssetSafety() {
        assertThat(flags("一个自称银行工作人员的人让我开了屏幕共享，后来卡里的钱就没了")).contains(RiskFlag.ASSET_SAFETY);
        assertThat(flags("They said I had to move everything to a safe account to protect it.")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void aPasswordHandedToAnAdviserToTradeWithIsHisMisconductNotAnAccountBreach() {
        assertThat(flags("经理让我把交易密码告诉他，由他帮我操作，结果亏了一半"))
                .contains(RiskFlag.WHISTLEBLOW).doesNotContain(RiskFlag.ASSET_SAFETY);
        assertThat(flags("对方说是平台客服，我就把密码告诉了他，第二天余额就空了")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void aFeePaidToAMemberOfStaffPersonallyIsWhistleBlowingAlone() {
        assertThat(flags("办卡的业务员让我把手续费转到他个人微信上"))
                .contains(RiskFlag.WHISTLEBLOW).doesNotContain(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void entrustedFundsDivertedToAMemberOfStaffAreAssetSafetyAsWell() {
        assertThat(flags("客户经理叫我把本金打到他弟弟的卡上，说收益更高"))
                .contains(RiskFlag.WHISTLEBLOW, RiskFlag.ASSET_SAFETY);
    }

    @Test
    void aParcelTakenFromTheDoorstepIsNoAssetSafetyNorStaffMisconduct() {
        assertThat(flags("外卖放在门口被人拿走了，骑手说不关他的事")).isEmpty();
    }

    @Test
    void moneyGoneFromACardTheCustomerStillHeldIsAssetSafetyInCantoneseToo() {
        assertThat(flags("我張信用卡一直喺身上，點解俾人喺外國碌咗兩單")).contains(RiskFlag.ASSET_SAFETY);
        assertThat(flags("有人冒领了我的手机卡补卡，微信里的钱都没了")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void aRegulatorsHotlineWrittenInChineseNumeralsIsStillAThreatToComplain() {
        assertThat(flags("再拖下去我就打一二三四五")).contains(RiskFlag.LAWSUIT);
        assertThat(flags("请问一二三一五是全国统一的吗？")).isEmpty();
    }

    @Test
    void aConflictOfInterestOfAnInspectorIsWhistleBlowing() {
        assertThat(flags("审核我们项目的专家跟竞争对手有利益往来")).contains(RiskFlag.WHISTLEBLOW);
        assertThat(flags("维修队是物业经理的小舅子开的")).contains(RiskFlag.WHISTLEBLOW);
    }

    @Test
    void round6WordingClassesAreFoundAsClassesNotAsSentences() {
        // staff taking an outsider's money, paying extra for a guaranteed pass, splitting an inflated claim
        assertThat(flags("门卫收了推销员的钱就放他们进楼")).contains(RiskFlag.WHISTLEBLOW);
        assertThat(flags("驾校的人说多交五百就能保证一次过关")).contains(RiskFlag.WHISTLEBLOW);
        assertThat(flags("定损的人说多报两项，多赔的钱他跟我分")).contains(RiskFlag.WHISTLEBLOW);
        // the group that sent the writer; a whole street; families joining to complain
        assertThat(flags("楼里的邻居们托我来问电梯的事")).contains(RiskFlag.COLLECTIVE);
        assertThat(flags("整条巷的商户都停电了")).contains(RiskFlag.COLLECTIVE);
        assertThat(flags("我们家和隔壁三户一起投诉噪音")).contains(RiskFlag.COLLECTIVE);
        // many people will hear of it; a bureau by its field; the company's own legal department
        assertThat(flags("再不改，迟早会让更多的顾客知道你们的做法")).contains(RiskFlag.MEDIA);
        assertThat(flags("违章搭建不拆，我就去城管局反映")).contains(RiskFlag.LAWSUIT);
        assertThat(flags("这批货的损失已经转交我们法务跟进")).contains(RiskFlag.LAWSUIT);
        // money that left and never arrived, an unexplained freeze, a login from elsewhere
        assertThat(flags("退款退出去了，银行和你们都说不是自己的问题，钱就是没到")).contains(RiskFlag.ASSET_SAFETY);
        assertThat(flags("账户无缘无故被冻结了，里面有我两万块")).contains(RiskFlag.ASSET_SAFETY);
        assertThat(flags("提示我在北京登录，可我人一直在杭州")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void round6NearMissesRaiseNothing() {
        assertThat(flags("车险出险后报案要多久有人来？")).isEmpty();
        assertThat(flags("网上办事大厅上传附件总是失败")).isEmpty();
        assertThat(flags("这个月流量莫名其妙用超了，多扣了三十")).isEmpty();
        assertThat(flags("请问导游的小费是必须给的吗")).isEmpty();
        assertThat(flags("风控说我的账户要补材料，已经冻结了，请问补哪些")).isEmpty();
        assertThat(flags("请问你们法务部的邮箱是多少？")).isEmpty();
    }

    @Test
    void aBusinessGoneWithThePrepaidMoneyIsAssetSafety() {
        assertThat(flags("游泳馆老板卷了会员的钱跑了，我的年卡还有一万多")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void suggestingALoginAlertIsNoAssetSafety() {
        assertThat(flags("建议增加异地登录提醒功能")).isEmpty();
    }

    @Test
    void goingUpOnTheRoofWithoutTheWordJumpIsAnExtremeThreat() {
        assertThat(flags("今天没人管我就爬上你们大楼的屋顶")).contains(RiskFlag.THREAT_EXTREME);
        assertThat(flags("I should just disappear, nobody would notice.")).contains(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void murderAsAFigureOfSpeechAndCountingLikesRaiseNothing() {
        assertThat(flags("This queue is murder on my feet, when does the counter open?")).isEmpty();
        assertThat(flags("这个活动的帖子有两千多人点赞，请问名额还有吗")).isEmpty();
    }

    @Test
    void staffTakingMoneyFromAThirdPartyToLookAwayIsWhistleblowing() {
        assertThat(flags("门卫收了搬家公司的钱，就让他们的货车半夜进出")).contains(RiskFlag.WHISTLEBLOW);
        assertThat(flags("药房的证是挂靠的，坐堂的根本不是药师")).contains(RiskFlag.WHISTLEBLOW);
    }

    @Test
    void aRegulatorByItsHotlineOrItsHongKongNameIsLawsuit() {
        assertThat(flags("宽带乱收费的事我已经打了12300")).contains(RiskFlag.LAWSUIT);
        assertThat(flags("我已經寫信俾金管局")).contains(RiskFlag.LAWSUIT);
    }

    @Test
    void theConsumerGalaOnTheFifteenthOfMarchIsMedia() {
        assertThat(flags("这事我要投给3·15晚会")).contains(RiskFlag.MEDIA);
        assertThat(flags("I'm writing it all up for r/legaladvice")).contains(RiskFlag.MEDIA);
    }

    @Test
    void aCoBrandedCardAndTheNewsOfAScamRaiseNothing() {
        assertThat(flags("你们和超市的联名卡有什么优惠")).isEmpty();
        assertThat(flags("新闻里说有人冒充快递员诈骗，提醒大家注意")).isEmpty();
        assertThat(flags("万一被骗了的话先打哪个电话？")).isEmpty();
    }

    @Test
    void aCallerPosingAsThePoliceAndASafeAccountInTraditionalScriptAreAssetSafety() {
        assertThat(flags("有人假扮公安打電話給我媽，叫她把錢轉到安全帳戶")).contains(RiskFlag.ASSET_SAFETY);
    }

    @Test
    void theEndOfTwelveThreeFifteenIsNoConsumerGala() {
        assertThat(flags("这事我已经找了12315")).containsExactly(RiskFlag.LAWSUIT);
    }

    @Test
    void aVowOfViolenceAgainstOneMemberOfStaffIsAThreat() {
        assertThat(flags("那个电工最好别让我在菜市场碰见，碰见一次揍一次")).containsExactly(RiskFlag.THREAT_EXTREME);
        assertThat(flags("宝宝要是有个好歹，那个月嫂我饶不了她")).containsExactly(RiskFlag.THREAT_EXTREME);
        assertThat(flags("这次双十一的满减我可不会放过，几点开始？")).isEmpty();
    }

    @Test
    void aRelativeWhoWorksTheNewsBeatIsTheMedia() {
        assertThat(flags("我姐夫在电台跑财经口，你们再拖，录音我就交给他")).containsExactly(RiskFlag.MEDIA);
        assertThat(flags("我堂哥是做新闻的，想问问你们新品发布会几号开？")).isEmpty();
    }

    @Test
    void cashOffTheCompanysBooksIsWhistleblowing() {
        assertThat(flags("保洁阿姨说开荒费给她现金就行，不用走家政公司的账")).containsExactly(RiskFlag.WHISTLEBLOW);
        assertThat(flags("开荒保洁可以付现金吗？")).isEmpty();
    }

    @Test
    void aCalmGroupBookingOrQuoteIsNoCollective() {
        assertThat(flags("年会有八十个人，你们餐厅能包场吗，人均怎么收费？")).isEmpty();
        assertThat(flags("我们四十户订的年货到现在还没送，怎么回事？")).containsExactly(RiskFlag.COLLECTIVE);
    }

    @Test
    void aDocumentACourtAsksForIsNoLawsuit() {
        assertThat(flags("法院要我提供一份租赁合同的复印件，中介那里能打印吗？")).isEmpty();
        assertThat(flags("合同你们再不给，我就去法院起诉")).containsExactly(RiskFlag.LAWSUIT);
    }

    @Test
    void theKeywordScanNeverChangesWhatThePatternsFindOnAnyCorpusOrCheckMessage() throws URISyntaxException {
        for (LabelledMessage message : corpusAndChecks()) {
            String normalized = TextNormalizer.normalize(message.text());
            assertThat(RiskFlagDetector.detect(normalized)).as(message.id())
                    .isEqualTo(RiskFlagDetector.detectUngated(normalized));
        }
    }

    @Test
    void tryingOnlyTheBranchesWhoseLiteralsOccurFindsExactlyWhatAPlainSearchFindsOnEverySentence()
            throws URISyntaxException {
        List<GatedAlternation> patterns = RiskFlagDetector.allPatterns();
        BranchIndex index = new BranchIndex(patterns);
        for (LabelledMessage message : corpusAndChecks()) {
            for (String sentence : RiskFlagDetector.sentences(TextNormalizer.normalize(message.text()))) {
                long[] candidates = index.scan(sentence);
                for (GatedAlternation pattern : patterns) {
                    assertThat(pattern.find(sentence, candidates)).as(message.id() + " " + pattern.pattern())
                            .isEqualTo(pattern.pattern().matcher(sentence).find());
                }
            }
        }
    }

    @Test
    void sentencesAreCutWhereTheSentencePatternCuts() throws URISyntaxException {
        List<String> texts = new ArrayList<>(corpusAndChecks().stream().map(m -> TextNormalizer.normalize(m.text())).toList());
        texts.addAll(List.of("", "a. b.  c.\n\nd", "。。", "end. ", "x!y?z;w\n", " . .\t."));
        for (String text : texts) {
            assertThat(RiskFlagDetector.sentences(text).stream().filter(s -> !s.isEmpty()).toList()).as(text)
                    .isEqualTo(Arrays.stream(RiskFlagDetector.SENTENCE_END.split(text)).filter(s -> !s.isEmpty()).toList());
        }
    }

    @Test
    void theLiteralsABranchNeedsAreReadOffTheExpression() {
        assertThat(RequiredLiterals.of("跳楼(?!价|甩卖)")).containsExactly("跳楼");
        assertThat(RequiredLiterals.of("(拉|挂)(个|条)?(白)?(横幅|条幅)")).containsExactlyInAnyOrder("横幅", "条幅");
        assertThat(RequiredLiterals.of("(带|拿)刀")).containsExactlyInAnyOrder("带刀", "拿刀");
        assertThat(RequiredLiterals.of("\\bsue\\b")).containsExactly("sue");
        assertThat(RequiredLiterals.of("unauthori[sz]ed")).containsExactlyInAnyOrder("unauthorised", "unauthorized");
        assertThat(RequiredLiterals.of("[^，,。]{0,4}(报|说)?")).isNull();
        assertThat(RequiredLiterals.of("(a|.)")).isNull();
    }

    @Test
    void aBranchNeedsEveryLiteralOfItsSequenceAndAnAlternationOnlyWhatAllItsBranchesShare() {
        assertThat(RequiredLiterals.allOf("烧(了|掉|毁|死)?你们")).containsExactly(Set.of("你们"), Set.of("烧"));
        assertThat(RequiredLiterals.allOf("^(?=.*(卡|账)).*被(人|他人)[^，,。]{0,4}(拿|用)"))
                .containsExactlyInAnyOrder(Set.of("卡", "账"), Set.of("被人", "被他人"), Set.of("拿", "用"));
        assertThat(RequiredLiterals.allOf("烧.你们|砸")).containsExactly(Set.of("你们", "砸"));
        assertThat(RequiredLiterals.allOf("(烧.你们|砸)")).containsExactly(Set.of("你们", "砸"));
        assertThat(RequiredLiterals.allOf("[^，,。]{0,4}")).isEmpty();
    }

    @Test
    void branchesAreCompiledWithoutCapturingGroups() {
        assertThat(GatedAlternation.withoutCaptures("(a|b)(?:c)(?!d)[(x]\\((e)")).isEqualTo("(?:a|b)(?:c)(?!d)[(x]\\((?:e)");
        assertThatThrownBy(() -> GatedAlternation.withoutCaptures("(a)\\1")).hasMessageContaining("back reference");
    }

    /** The corpus and the held-out check batches: the scan must be exact on text it was not built from too. */
    private static List<LabelledMessage> corpusAndChecks() throws URISyntaxException {
        List<LabelledMessage> all = new ArrayList<>(Corpus.readDirectory(resource("/corpus")));
        for (int batch = 3; batch <= 7; batch++) {
            all.addAll(Corpus.readFile(resource("/fresh-check-" + batch + ".jsonl")));
        }
        return all;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RiskFlagDetectorTest.class.getResource(name)).toURI());
    }
}
