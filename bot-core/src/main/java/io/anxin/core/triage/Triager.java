package io.anxin.core.triage;

/**
 * Port: classifies one customer message. Implementations are CPU-bound, thread-safe and
 * fast enough to call on the event loop (the OpenNLP triager of {@code nlp-models}).
 */
public interface Triager {

    TriageResult triage(String text);
}
