package io.anxin.bench;

import io.anxin.core.triage.TriageResult;
import io.anxin.nlp.OpenNlpTriager;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One triage call of the OpenNLP triager on one thread, cycling through messages of the kinds
 * the bot meets (short, long, flagged, traditional, English, mixed), written for this benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TriageBenchmark {

    private static final String[] MESSAGES = {
        "在吗",
        "退钱",
        "我的提现三天了还没到账，客服也不回，你们到底管不管？",
        "建议APP增加夜间模式，晚上看着太刺眼了",
        "请问信用卡的年费怎么收",
        "再不处理我就去你们公司楼下拉横幅，还要发到微博上让大家看看",
        "你們的理專私下收客戶的錢，我要檢舉",
        "My card was charged twice and nobody answers the phone. I'll report this to the ombudsman.",
        "app 一直 crash，根本没法 login",
        "尊敬的客服：您好！本人于本月3日在贵平台申请赎回基金两万元，页面显示预计5日到账，但至今已过去一周仍未到账，"
                + "多次致电客服均答复正在处理。请贵司尽快核实并给予书面答复。此致 敬礼！",
        "物业费一分不少地交，请问你们的服务在哪里？垃圾三天没人收",
        "谢谢，问题解决了",
    };

    private OpenNlpTriager triager;
    private int next;

    @Setup
    public void load() {
        triager = OpenNlpTriager.fromClasspath();
    }

    @Benchmark
    public TriageResult triageOneMessage() {
        String text = MESSAGES[next];
        next = next + 1 == MESSAGES.length ? 0 : next + 1;
        return triager.triage(text);
    }
}
