package io.anxin.app.desk;

import io.anxin.app.policy.CannedRepliesFiles;
import io.anxin.app.policy.KnowledgeFiles;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.desk.AgentsLoad;
import io.anxin.core.desk.CannedReplies;
import io.anxin.core.desk.DeskInquiries;
import io.anxin.core.desk.DeskTickets;
import io.anxin.core.knowledge.KnowledgeEntries;
import io.anxin.core.knowledge.LuceneKnowledgeBase;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.redis.RedisKnowledgeEntries;
import io.anxin.core.redis.RedisOwnedConversations;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** What the desk pages use beside the desk API's own use cases. */
@Configuration(proxyBeanMethods = false)
public class DeskConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeskConfiguration.class);

    /** Checked at start-up like the scripts: a reply that promises an outcome stops the application. */
    @Bean
    CannedReplies cannedReplies(ResourceLoader loader, @Value("${anxin.desk.canned-replies}") String location,
            PolicyPack policy) {
        CannedReplies replies = CannedRepliesFiles.replies(loader.getResource(location), location, policy.forbiddenPhrases());
        log.info("{} canned replies from {}", replies.all().size(), location);
        return replies;
    }

    /** Saving an entry rebuilds this instance's index with the file's entries and every saved one. */
    @Bean
    KnowledgeEntries knowledgeEntries(RedisClusterReactiveCommands<String, String> redis, LuceneKnowledgeBase knowledge,
            ResourceLoader loader, @Value("${anxin.knowledge.location}") String location, PolicyPack policy) {
        return new RedisKnowledgeEntries(redis, saved -> {
            knowledge.rebuild(KnowledgeFiles.merged(
                    KnowledgeFiles.entries(loader.getResource(location), location, policy.forbiddenPhrases()), saved));
            log.info("knowledge base rebuilt with {} entries saved on the desk", saved.size());
        });
    }

    @Bean
    DeskInquiries deskInquiries(DeskTickets tickets, ConversationStore conversations, Outbox outbox,
            KnowledgeEntries knowledge, PolicyPack policy, Clock clock) {
        return new DeskInquiries(tickets, conversations, outbox, knowledge, policy.forbiddenPhrases(), clock);
    }

    @Bean
    AgentsLoad agentsLoad(RedisClusterReactiveCommands<String, String> redis) {
        return new AgentsLoad(new RedisOwnedConversations(redis));
    }
}
