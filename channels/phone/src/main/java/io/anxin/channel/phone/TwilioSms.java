package io.anxin.channel.phone;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiException;
import com.twilio.exception.RestException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.Domains;
import com.twilio.rest.api.v2010.account.Message;
import org.jspecify.annotations.Nullable;

/**
 * Sends an SMS through Twilio's Messages API with an idempotency token. The SDK retries a request that got a 5xx
 * (three attempts) and the outbox retries a failed delivery: without the token, Twilio would take each attempt for a
 * new message and the customer would get two. The SDK's {@code MessageCreator} sets no headers, so the request is
 * built here the way it builds it, with the {@code I-Twilio-Idempotency-Token} header added.
 */
final class TwilioSms {

    static final String IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token";

    private final TwilioRestClient client;
    private final String from;

    TwilioSms(TwilioRestClient client, String from) {
        this.client = client;
        this.from = from;
    }

    /** Blocking: call it off the event loop. @return Twilio's id of the message */
    String send(String to, String body, String idempotencyKey, @Nullable String statusCallback) {
        Request request = new Request(HttpMethod.POST, Domains.API.toString(),
                "/2010-04-01/Accounts/" + client.getAccountSid() + "/Messages.json");
        request.setContentType(EnumConstants.ContentType.FORM_URLENCODED);
        request.addPostParam("To", to);
        request.addPostParam("From", from);
        request.addPostParam("Body", body);
        if (statusCallback != null) {
            request.addPostParam("StatusCallback", statusCallback);
        }
        request.addHeaderParam(IDEMPOTENCY_HEADER, idempotencyKey);
        Response response = client.request(request);
        if (!TwilioRestClient.SUCCESS.test(response.getStatusCode())) {
            RestException error = response.getContent() == null || response.getContent().isBlank() ? null
                    : safely(response);
            throw error != null ? new ApiException(error) : new ApiException("Twilio answered " + response.getStatusCode(),
                    response.getStatusCode());
        }
        return Message.fromJson(response.getStream(), client.getObjectMapper()).getSid();
    }

    private @Nullable RestException safely(Response response) {
        try {
            return RestException.fromJson(response.getStream(), client.getObjectMapper());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
