package io.anxin.channel.desk;

import io.anxin.channel.desk.DeskViews.TicketDetail;
import io.anxin.core.desk.DeskInquiries;
import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.message.Lang;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Deferred inquiries: answer the customer, and keep the answer as a knowledge-base entry. */
@RestController
@RequestMapping(path = "/api/v1/desk", produces = MediaType.APPLICATION_JSON_VALUE)
class InquiriesController {

    private final DeskInquiries inquiries;
    private final DeskController tickets;

    InquiriesController(DeskInquiries inquiries, DeskController tickets) {
        this.inquiries = inquiries;
        this.tickets = tickets;
    }

    record AnswerRequest(@Nullable String text) {}

    record KnowledgeRequest(@Nullable String ticket, @Nullable Map<String, String> questions,
            @Nullable Map<String, String> answers, @Nullable String department) {}

    record KnowledgeView(String id, Map<String, List<String>> questions, Map<String, String> answers, String department) {
        static KnowledgeView of(KnowledgeEntry e) {
            Map<String, List<String>> questions = new java.util.LinkedHashMap<>();
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            for (Lang lang : Lang.values()) {
                questions.put(lang.tag(), e.questions(lang));
                answers.put(lang.tag(), e.answer(lang));
            }
            return new KnowledgeView(e.id(), questions, answers, e.department());
        }
    }

    /** Answers the customer through the outbox, writes the answer on the form, resolves the ticket. */
    @PostMapping(path = "/tickets/{number}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<TicketDetail> answer(@PathVariable String number, @RequestBody AnswerRequest body, ServerWebExchange exchange) {
        String text = body.text() == null ? "" : body.text();
        return Staffs.of(exchange).flatMap(who -> inquiries.answer(who, Staffs.ticketNumber(number), text))
                .then(tickets.ticket(number, exchange));
    }

    /** 201 with the entry: the knowledge base of this instance answers it from now on. */
    @PostMapping(path = "/knowledge", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<KnowledgeView>> saveKnowledge(@RequestBody KnowledgeRequest body, ServerWebExchange exchange) {
        if (body.ticket() == null || body.ticket().isBlank()) {
            throw new IllegalArgumentException("ticket is required: the inquiry the entry answers");
        }
        Map<Lang, String> questions = byLang("questions", body.questions());
        Map<Lang, String> answers = byLang("answers", body.answers());
        return Staffs.of(exchange)
                .flatMap(who -> inquiries.saveAsKnowledge(who, Staffs.ticketNumber(body.ticket()), questions, answers,
                        body.department()))
                .map(entry -> ResponseEntity.status(HttpStatus.CREATED).body(KnowledgeView.of(entry)));
    }

    private static Map<Lang, String> byLang(String field, @Nullable Map<String, String> given) {
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String text = given == null ? null : given.get(lang.tag());
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(field + "." + lang.tag() + " is required: an entry answers in every language");
            }
            if (text.length() > 2000) {
                throw new IllegalArgumentException(field + "." + lang.tag() + " is longer than the limit of 2000 characters");
            }
            texts.put(lang, text.strip());
        }
        return texts;
    }
}
