package io.anxin.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail server that accepts every message and keeps none: the departments' e-mail (compliance notices, reports) is
 * delivered as in a deployment, instead of failing and being retried for want of a server.
 */
final class MailSink implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicLong accepted = new AtomicLong();

    MailSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "mail-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    long accepted() {
        return accepted.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> converse(socket), "mail-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** The SMTP dialogue, every command agreed to; the message's lines are read and dropped. */
    private void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // dropped
                        }
                        accepted.incrementAndGet();
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to keep
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
