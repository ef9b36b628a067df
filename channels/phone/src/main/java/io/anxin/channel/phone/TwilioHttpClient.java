package io.anxin.channel.phone;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Twilio SDK's transport, on the JDK's HTTP client, sending to the configured API address instead of the host the
 * SDK builds into every URL ({@code https://api.twilio.com}): in production the two are the same, in tests the
 * address is WireMock's. Timeouts are ours, short: a hanging Twilio must not hold up the outbox.
 */
final class TwilioHttpClient extends com.twilio.http.HttpClient {

    private final URI api;
    private final HttpClient http;
    private final Duration timeout;

    TwilioHttpClient(URI api, Duration timeout) {
        this.api = api;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Response makeRequest(Request request) {
        URL url = request.constructURL();
        String path = url.getFile(); // path and query
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        if (request.requiresAuthentication()) {
            builder.header("Authorization", request.getAuthString());
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            for (String value : header.getValue()) {
                builder.header(header.getKey(), value);
            }
        }
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.DELETE) {
            builder.method(request.getMethod().toString(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(request.getMethod().toString(), HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.body(), response.statusCode());
        } catch (IOException e) {
            throw new ApiConnectionException("Twilio could not be reached at " + api + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while calling Twilio", e);
        }
    }
}
