package io.anxin.core.desk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The canned replies of the installation, in the order the file gives them; ids are unique. */
public record CannedReplies(List<CannedReply> all) {

    public CannedReplies {
        all = List.copyOf(all);
        Set<String> ids = new HashSet<>();
        for (CannedReply reply : all) {
            if (!ids.add(reply.id())) {
                throw new IllegalArgumentException("canned reply '" + reply.id() + "' is defined twice");
            }
        }
    }
}
