package io.anxin.bench.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The customers of a run and what each writes next. A customer writes one message at a time (it waits for the
 * answer), round a conversation: a new complaint, its details, a question, thanks, and again; one message in
 * twenty is a retry of the previous one with the same id (a client that did not see the answer).
 */
final class Customers {

    static final List<String> COMPLAINTS = List.of(
            "你们的APP提现三天了还没到账，太过分了！",
            "信用卡被多扣了两次年费，客服电话一直打不通",
            "Your app lost my withdrawal three days ago and nobody answers, this is ridiculous!",
            "你們的APP提現三天了還沒到帳，太過分了！",
            "理财产品到期了钱一直没有回到账户，请尽快处理");
    static final List<String> DETAILS = List.of(
            "订单号是 20261122001，金额 500 元，昨天下午提交的",
            "是11月20日扣的，两笔各 300 元",
            "The reference is 20261122001, 500 yuan, yesterday afternoon");
    static final List<String> QUESTIONS = List.of("怎么修改登录密码？", "你们周末营业吗？", "How do I change my login password?");
    static final List<String> THANKS = List.of("好的，谢谢", "知道了", "thanks");

    /** One customer: its id, its channel, where it is in its conversation, and its last message. */
    static final class Customer {
        final String id;
        final boolean widget;
        int step;
        String lastId;
        String lastText;

        Customer(String id, boolean widget) {
            this.id = id;
            this.widget = widget;
        }

        /** The next message: [id, text]; the id's first letter says what it is (c complaint, f, q, t). */
        String[] next() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (lastId != null && random.nextInt(20) == 0) {
                return new String[] {lastId, lastText};
            }
            String text;
            String kind;
            switch (step % 4) {
                case 0 -> { kind = "c"; text = COMPLAINTS.get(random.nextInt(COMPLAINTS.size())); }
                case 1 -> { kind = "f"; text = DETAILS.get(random.nextInt(DETAILS.size())); }
                case 2 -> { kind = "q"; text = QUESTIONS.get(random.nextInt(QUESTIONS.size())); }
                default -> { kind = "t"; text = THANKS.get(random.nextInt(THANKS.size())); }
            }
            step++;
            lastId = kind + step + "-" + Long.toHexString(random.nextLong());
            lastText = text;
            return new String[] {lastId, text};
        }
    }

    private final ConcurrentLinkedQueue<Customer> idle = new ConcurrentLinkedQueue<>();
    private final String prefix;
    private final double newShare;
    private final int widgetTenths;
    private int created;
    private final int limit;

    /**
     * @param total       how many customers there are at most: new ones join until then, after which the same customers write again and again
     * @param widgetShare the share of customers who write through the widget's socket, in tenths (0.3: 3 in 10)
     * @param newShare    the share of messages that come from a new customer while there are fewer than the total
     */
    Customers(String prefix, int total, double widgetShare, double newShare) {
        this.prefix = prefix;
        this.newShare = newShare;
        this.limit = total;
        this.widgetTenths = (int) Math.round(widgetShare * 10);
    }

    /** An idle customer: now and then a new one (while fewer than the total), else the one idle longest. */
    synchronized Customer take() {
        Customer next = created < limit && (idle.isEmpty() || ThreadLocalRandom.current().nextDouble() < newShare) ? null : idle.poll();
        if (next != null) {
            return next;
        }
        Customer fresh = new Customer(prefix + "-" + created, created % 10 < widgetTenths);
        created++;
        return fresh;
    }

    void giveBack(Customer customer) {
        idle.add(customer);
    }

    synchronized int created() {
        return created;
    }
}
