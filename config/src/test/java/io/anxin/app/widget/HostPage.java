package io.anxin.app.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A host app's page on another origin (127.0.0.1 and its own port, the app being on localhost): the one script
 * tag, with the {@code data-*} attributes given in the page's query string.
 */
public final class HostPage implements AutoCloseable {

    private final HttpServer server;

    public HostPage(int appPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            StringBuilder attributes = new StringBuilder();
            query(exchange.getRequestURI()).forEach((name, value) -> attributes.append(" data-").append(name)
                    .append("=\"").append(value.replace("&", "&amp;").replace("\"", "&quot;")).append('"'));
            byte[] page = """
                    <!doctype html>
                    <html lang="en"><head><meta charset="utf-8"><title>Host app</title></head>
                    <body><h1>A host app's page</h1>
                    <script type="module" src="http://localhost:%d/widget/anxin-widget.js"%s></script>
                    </body></html>
                    """.formatted(appPort, attributes).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
    }

    /** The page's address with these {@code data-*} attributes on the script tag. */
    public String url(Map<String, String> data) {
        StringBuilder query = new StringBuilder();
        data.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + query;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
