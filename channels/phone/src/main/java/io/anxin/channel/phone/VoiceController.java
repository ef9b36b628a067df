package io.anxin.channel.phone;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Enqueue;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Queue;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.Answer;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.privacy.PersonalData;
import io.anxin.core.script.Deadlines;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.takeover.Waiting;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The voice webhooks. A call is one conversation: each thing the caller says (recognised by Twilio in Mandarin, or in
 * English after the English key) is a message to the engine, with the call and the turn as its id, so a webhook Twilio
 * retries is answered once; the answer is spoken back. Every webhook answers within {@code answer-within}: a slower
 * engine gets a holding phrase and a redirect that fetches the answer when it is stored. Out of working hours the
 * caller leaves a voice message and is promised a call back on the next working day.
 */
@RestController
@RequestMapping(path = "/phone/voice", produces = MediaType.APPLICATION_XML_VALUE)
class VoiceController {

    private static final Logger log = LoggerFactory.getLogger(VoiceController.class);
    static final String GATHER = "/phone/voice/gather";
    static final String ANSWER = "/phone/voice/answer";
    /** After this many holding phrases in a row the caller is offered the keys instead of more waiting. */
    private static final int MAX_HOLDS = 4;

    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final HumanDesk desk;
    private final Outbox outbox;
    private final CallLog calls;
    private final CallBack callBack;
    private final BusinessCalendar calendar;
    private final WebhookSignature signature;
    private final PhoneSettings settings;
    private final Prompts prompts;
    private final Twiml twiml;
    private final Clock clock;
    /** Turns whose engine run outlived their webhook, so the redirect on this instance waits for the same run. */
    private final Map<String, Mono<Answer>> running = new ConcurrentHashMap<>();

    VoiceController(PhoneChannelAutoConfiguration.PhoneEngine engine, ConversationStore conversations, HumanDesk desk, Outbox outbox,
            CallLog calls, CallBack callBack, BusinessCalendar calendar, WebhookSignature signature, PhoneSettings settings,
            Prompts prompts, Clock clock) {
        this.engine = engine.engine();
        this.conversations = conversations;
        this.desk = desk;
        this.outbox = outbox;
        this.calls = calls;
        this.callBack = callBack;
        this.calendar = calendar;
        this.signature = signature;
        this.settings = settings;
        this.prompts = prompts;
        this.twiml = new Twiml(settings);
        this.clock = clock;
    }

    /** A new call: the greeting and the menu, or out of hours the voice message. */
    @PostMapping("/incoming")
    Mono<String> incoming(ServerWebExchange exchange) {
        return signature.verified(exchange).flatMap(p -> calls.begin(require(p, "CallSid"), require(p, "From"),
                Lang.ZH_HANS, clock.instant())).map(call -> {
                    log.info("call {} from {}", call.sid(), PersonalData.mask(call.caller()));
                    if (!calendar.isWorkingTime(clock.instant())) {
                        return afterHours(call.lang());
                    }
                    return menu(call.lang(), 1, List.of(twiml.say(prompts.say(Prompts.GREETING, call.lang()), call.lang())));
                });
    }

    private String menu(Lang lang, int turn, List<Say> before) {
        Lang other = lang == Lang.EN ? Lang.ZH_HANS : Lang.EN;
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        before.forEach(response::say);
        return response.gather(twiml.listen(GATHER + "?turn=" + turn, lang, List.of(
                        twiml.say(prompts.say(Prompts.MENU, lang), lang),
                        twiml.say(prompts.say(Prompts.CHOOSE_LANGUAGE, other), other))))
                .build().toXml();
    }

    private String afterHours(Lang lang) {
        return new VoiceResponse.Builder()
                .say(twiml.say(prompts.say(Prompts.AFTER_HOURS, lang), lang))
                .record(new Record.Builder().action(settings.url("/phone/voice/recorded")).method(HttpMethod.POST)
                        .maxLength(Math.toIntExact(settings.recordMaxLength().toSeconds())).playBeep(true)
                        .finishOnKey("#").timeout(8).build())
                .say(twiml.say(prompts.say(Prompts.VOICE_MESSAGE_NONE, lang), lang))
                .build().toXml();
    }

    /** What the caller said or pressed on a turn. */
    @PostMapping("/gather")
    Mono<String> gathered(ServerWebExchange exchange, @RequestParam(defaultValue = "1") int turn,
            @RequestParam(defaultValue = "0") int retry) {
        return signature.verified(exchange).flatMap(p -> call(p).flatMap(call -> {
            String digits = p.getOrDefault("Digits", "").strip();
            String speech = p.getOrDefault("SpeechResult", "").strip();
            if (!digits.isEmpty()) {
                return pressed(call, digits, turn);
            }
            if (!speech.isEmpty() && confidence(p) >= settings.minConfidence()) {
                return calls.said(call.sid(), turn, speech).then(answer(call, turn, speech, 0));
            }
            return Mono.just(notHeard(call.lang(), turn, retry, speech.isEmpty()));
        }));
    }

    private static double confidence(Map<String, String> params) {
        try {
            return Double.parseDouble(params.getOrDefault("Confidence", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Mono<String> pressed(Call call, String digits, int turn) {
        return switch (digits.substring(0, 1)) {
            case "8" -> calls.speaks(call.sid(), Lang.ZH_HANS).thenReturn(menu(Lang.ZH_HANS, turn, List.of()));
            case "9" -> calls.speaks(call.sid(), Lang.EN).thenReturn(menu(Lang.EN, turn, List.of()));
            case "1", "2", "3" -> {
                String topic = switch (digits.charAt(0)) {
                    case '1' -> "complaint";
                    case '2' -> "suggestion";
                    default -> "inquiry";
                };
                yield Mono.just(new VoiceResponse.Builder().gather(twiml.listen(GATHER + "?turn=" + turn + "&topic=" + topic,
                        call.lang(), List.of(twiml.say(prompts.say(Prompts.prompt(topic), call.lang()), call.lang()))))
                        .build().toXml());
            }
            case "0" -> {
                // the same words a chat customer uses: the engine queues the conversation for the desk with its transcript
                String asked = prompts.say(Prompts.HANDOFF_OPTION, call.lang());
                yield calls.said(call.sid(), turn, asked).then(answer(call, turn, asked, 0));
            }
            default -> Mono.just(offerKeys(call.lang(), turn));
        };
    }

    private String notHeard(Lang lang, int turn, int retry, boolean silent) {
        if (retry == 0) {
            String line = silent && turn > 1 ? Prompts.ANYTHING_ELSE : Prompts.NOT_HEARD;
            return new VoiceResponse.Builder().gather(twiml.listen(GATHER + "?turn=" + turn + "&retry=1", lang,
                    List.of(twiml.say(prompts.say(line, lang), lang)))).build().toXml();
        }
        if (silent && turn > 1) {
            return new VoiceResponse.Builder().say(twiml.say(prompts.say(Prompts.GOODBYE, lang), lang))
                    .hangup(new Hangup.Builder().build()).build().toXml();
        }
        return offerKeys(lang, turn);
    }

    private String offerKeys(Lang lang, int turn) {
        return new VoiceResponse.Builder().gather(twiml.listen(GATHER + "?turn=" + turn + "&retry=2", lang,
                List.of(twiml.say(prompts.say(Prompts.OFFER_KEYS, lang), lang)))).build().toXml();
    }

    /** Fetches the answer to a turn that was still being worked on (a redirect after a holding phrase). */
    @PostMapping("/answer")
    Mono<String> answerLater(ServerWebExchange exchange, @RequestParam int turn, @RequestParam(defaultValue = "1") int hold) {
        return signature.verified(exchange).flatMap(p -> call(p).flatMap(call -> calls.saidOn(call.sid(), turn)
                .flatMap(text -> answer(call, turn, text, hold))
                .switchIfEmpty(Mono.fromSupplier(() -> offerKeys(call.lang(), turn)))));
    }

    private Mono<String> answer(Call call, int turn, String text, int holds) {
        String key = call.sid() + ":" + turn;
        Mono<Answer> fresh = engine.handle(new InboundMessage(Channel.PHONE, key, call.customerId(), text, call.lang(),
                clock.instant())).cache();
        Mono<Answer> earlier = running.putIfAbsent(key, fresh);
        Mono<Answer> run = earlier != null ? earlier : fresh;
        if (earlier == null) {
            // runs to its commit even when the webhook stops waiting: the redirect then finds the stored answer
            fresh.doFinally(s -> running.remove(key, fresh)).subscribe(a -> {}, e -> log.warn("call {} turn {} failed: {}",
                    call.sid(), turn, e.toString()));
        }
        return run.timeout(settings.answerWithin())
                .flatMap(answer -> spoken(call, turn, answer))
                .onErrorResume(TimeoutException.class, e -> Mono.just(holding(call.lang(), turn, holds)));
    }

    private String holding(Lang lang, int turn, int holds) {
        if (holds >= MAX_HOLDS) {
            return offerKeys(lang, turn);
        }
        return new VoiceResponse.Builder()
                .say(twiml.say(prompts.say(holds == 0 ? Prompts.HOLDING : Prompts.STILL_HOLDING, lang), lang))
                .redirect(new Redirect.Builder(settings.url(ANSWER + "?turn=" + turn + "&hold=" + (holds + 1)))
                        .method(HttpMethod.POST).build())
                .build().toXml();
    }

    private Mono<String> spoken(Call call, int turn, Answer answer) {
        Mono<Void> noted = answer.ticket() == null ? Mono.empty()
                : calls.ticket(call.sid(), answer.ticket().number(), answer.ticket().dueBy());
        return noted.then(desk.withPerson(answer.conversationId())).map(withPerson -> {
            List<Say> says = new ArrayList<>();
            for (Reply reply : answer.replies()) {
                says.add(twiml.say(reply.text(), call.lang()));
            }
            if (withPerson) {
                VoiceResponse.Builder response = new VoiceResponse.Builder();
                says.forEach(response::say);
                return response.enqueue(enqueue(answer.conversationId(), call.lang())).build().toXml();
            }
            VoiceResponse.Builder response = new VoiceResponse.Builder();
            says.forEach(response::say);
            return response.gather(twiml.listen(GATHER + "?turn=" + (turn + 1), call.lang(), List.of())).build().toXml();
        }).flatMap(xml -> xml.contains("<Enqueue") ? calls.queued(call.sid(), true).thenReturn(xml) : Mono.just(xml));
    }

    /** One Twilio queue per conversation, named by it: the agent who takes the conversation dials exactly that caller. */
    private Enqueue enqueue(ConversationId conversation, Lang lang) {
        String query = "?conversation=" + conversation.value() + "&lang=" + lang.tag();
        return new Enqueue.Builder(conversation.value())
                .waitUrl(settings.url("/phone/voice/wait" + query)).waitUrlMethod(HttpMethod.POST)
                .action(settings.url("/phone/voice/dequeued" + query)).method(HttpMethod.POST)
                .build();
    }

    /** Played to a caller waiting in the queue, again and again: their place in the desk's queue. */
    @PostMapping("/wait")
    Mono<String> waiting(ServerWebExchange exchange, @RequestParam String conversation, @RequestParam String lang) {
        Lang language = Lang.fromTag(lang);
        return signature.verified(exchange).then(desk.waiting(1000).map(Waiting::conversation).map(ConversationId::value)
                .collectList()).map(queue -> {
                    int ahead = queue.indexOf(conversation);
                    String line = ahead > 0 ? prompts.say(Prompts.QUEUE_AHEAD, language, Map.of("ahead", String.valueOf(ahead)))
                            : prompts.say(Prompts.QUEUE_NEXT, language);
                    return new VoiceResponse.Builder().say(twiml.say(line, language))
                            .pause(new Pause.Builder().length(20).build()).build().toXml();
                });
    }

    /** The caller left the queue: to an agent, or by hanging up (a missed call: someone calls back). */
    @PostMapping("/dequeued")
    Mono<String> dequeued(ServerWebExchange exchange, @RequestParam String conversation, @RequestParam String lang) {
        Lang language = Lang.fromTag(lang);
        return signature.verified(exchange).flatMap(p -> call(p).flatMap(call -> {
            String result = p.getOrDefault("QueueResult", "");
            Mono<Void> left = calls.queued(call.sid(), false);
            if (result.equals("bridged") || result.equals("redirected")) {
                return left.thenReturn(new VoiceResponse.Builder().build().toXml());
            }
            log.info("call {} left the queue unanswered ({}): a call-back is opened", call.sid(), result);
            return left.then(callBack.open(call, prompts.say(Prompts.MISSED_CALL_TICKET, language),
                            "missed call: " + (result.isEmpty() ? "left the queue" : result) + " after "
                                    + p.getOrDefault("QueueTime", "?") + " s in the queue"))
                    .thenReturn(new VoiceResponse.Builder().say(twiml.say(prompts.say(Prompts.GOODBYE, language), language))
                            .build().toXml());
        }));
    }

    /** Out of hours: the voice message is registered and the caller told the day of the call back. */
    @PostMapping("/recorded")
    Mono<String> recorded(ServerWebExchange exchange) {
        return signature.verified(exchange).flatMap(p -> call(p).flatMap(call -> {
            String recording = p.getOrDefault("RecordingUrl", "");
            if (recording.isBlank() || p.getOrDefault("RecordingDuration", "0").equals("0")) {
                return Mono.just(new VoiceResponse.Builder()
                        .say(twiml.say(prompts.say(Prompts.VOICE_MESSAGE_NONE, call.lang()), call.lang()))
                        .hangup(new Hangup.Builder().build()).build().toXml());
            }
            LocalDate day = callBack.callBackDay(clock.instant());
            return callBack.open(call, prompts.say(Prompts.VOICE_MESSAGE_TICKET, call.lang(), Map.of("recording", recording)),
                    "voice message out of hours").map(ticket -> new VoiceResponse.Builder()
                    .say(twiml.say(prompts.say(Prompts.VOICE_MESSAGE_REGISTERED, call.lang(),
                            Map.of("ticket", ticket.number().toString(), "date", day(day, call.lang()))), call.lang()))
                    .say(twiml.say(prompts.say(Prompts.GOODBYE, call.lang()), call.lang()))
                    .hangup(new Hangup.Builder().build()).build().toXml());
        }));
    }

    static String day(LocalDate day, Lang lang) {
        return switch (lang) {
            case ZH_HANS, ZH_HANT -> DateTimeFormatter.ofPattern("M月d日EEEE", Locale.CHINA).format(day);
            case EN -> DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(day);
        };
    }

    /**
     * The call's status callbacks (ringing, answered, completed, no-answer…), each recorded once. When a call that
     * opened a ticket has ended, the caller gets an SMS with the number, the deadline and the progress link.
     */
    @PostMapping(path = "/status")
    Mono<ResponseEntity<Void>> status(ServerWebExchange exchange) {
        return signature.verified(exchange).flatMap(p -> calls.begin(require(p, "CallSid"), require(p, "From"),
                        Lang.ZH_HANS, clock.instant())
                .flatMap(call -> calls.status(call.sid(), require(p, "CallStatus"), clock.instant())
                        .filter(isNew -> isNew && "completed".equals(p.get("CallStatus")) && call.ticket() != null)
                        .flatMap(isNew -> ticketSms(call))))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private Mono<Boolean> ticketSms(Call call) {
        return conversations.idFor(Channel.PHONE, call.customerId()).flatMap(conversation -> {
            String ticket = call.ticket();
            Instant dueBy = call.dueBy();
            if (ticket == null || dueBy == null) {
                return Mono.empty();
            }
            String link = settings.statusLink().replace("{ticket}", ticket).replace("{conversation}", conversation.value());
            String text = prompts.say(Prompts.SMS_TICKET, call.lang(), Map.of("ticket", ticket,
                    "dueBy", Deadlines.format(dueBy, calendar.zone(), call.lang()), "link", link));
            return outbox.post(OutboundMessage.toCustomer("phone-ticket:" + ticket + ":" + call.sid(), "ticket_sms",
                    conversation, Channel.PHONE, call.customerId(), call.lang(), List.of(Reply.text(text)), clock.instant()));
        });
    }

    /**
     * The agent line: an agent who took a phone conversation at the desk calls it from the phone the settings give
     * them, and is connected to that caller's queue ({@code <Dial><Queue>}).
     */
    @PostMapping("/agent")
    Mono<String> agent(ServerWebExchange exchange) {
        return signature.verified(exchange).flatMap(p -> {
            String agent = settings.agentCalling(require(p, "From"));
            if (agent == null) {
                return Mono.just(agentNone());
            }
            return calls.queuedCalls().concatMap(calls::find)
                    .concatMap(call -> conversations.idFor(Channel.PHONE, call.customerId())
                            .filterWhen(id -> desk.owner(id).map(agent::equals).defaultIfEmpty(false)))
                    .next()
                    .map(conversation -> new VoiceResponse.Builder()
                            .say(twiml.say(prompts.say(Prompts.AGENT_CONNECTING, Lang.ZH_HANS), Lang.ZH_HANS))
                            .dial(new Dial.Builder().queue(new Queue.Builder(conversation.value()).build()).build())
                            .build().toXml())
                    .defaultIfEmpty(agentNone());
        });
    }

    private String agentNone() {
        return new VoiceResponse.Builder().say(twiml.say(prompts.say(Prompts.AGENT_NONE, Lang.ZH_HANS), Lang.ZH_HANS))
                .hangup(new Hangup.Builder().build()).build().toXml();
    }

    private Mono<Call> call(Map<String, String> params) {
        String sid = require(params, "CallSid");
        return calls.find(sid).switchIfEmpty(Mono.defer(() -> calls.begin(sid, require(params, "From"), Lang.ZH_HANS,
                clock.instant())));
    }

    static String require(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new MissingParameterException(name);
        }
        return value;
    }

    /** A signed webhook without a parameter Twilio always sends: answered 400. */
    static final class MissingParameterException extends RuntimeException {
        MissingParameterException(String name) {
            super("the webhook has no " + name);
        }
    }
}
