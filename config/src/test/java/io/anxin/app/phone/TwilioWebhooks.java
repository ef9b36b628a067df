package io.anxin.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Plays Twilio's side of the webhooks: form posts signed as Twilio signs them (HMAC-SHA1 with the auth token over the
 * public URL and the sorted parameters, the {@code RequestValidator} logic; every signature made here is checked
 * against the SDK's validator), and the TwiML answers parsed as XML.
 */
final class TwilioWebhooks {

    private final WebTestClient http;
    private final String publicBase;
    private final String authToken;

    TwilioWebhooks(WebTestClient http, String publicBase, String authToken) {
        this.http = http;
        this.publicBase = publicBase;
        this.authToken = authToken;
    }

    String sign(String pathAndQuery, Map<String, String> params) {
        StringBuilder data = new StringBuilder(publicBase + pathAndQuery);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String signature = Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(new RequestValidator(authToken).validate(publicBase + pathAndQuery, params, signature)).isTrue();
            return signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    WebTestClient.ResponseSpec post(String pathAndQuery, Map<String, String> params, String signature) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        return http.post().uri(pathAndQuery).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", signature).body(BodyInserters.fromFormData(form)).exchange();
    }

    /** A signed post answered 200 with TwiML. */
    Document twiml(String pathAndQuery, Map<String, String> params) {
        byte[] body = post(pathAndQuery, params, sign(pathAndQuery, params)).expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new IllegalStateException(new String(body, StandardCharsets.UTF_8), e);
        }
    }

    static List<String> texts(Document twiml, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, twiml, XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Document twiml, String xpath) {
        List<String> all = texts(twiml, xpath);
        assertThat(all).as(xpath).isNotEmpty();
        return all.get(0);
    }

    /** The path and query of an absolute URL Twilio was told to call. */
    String local(String url) {
        assertThat(url).startsWith(publicBase);
        return url.substring(publicBase.length());
    }

    /** A signed post answered with no TwiML to follow (a status callback). */
    void twiml0(String pathAndQuery, Map<String, String> params) {
        post(pathAndQuery, params, sign(pathAndQuery, params)).expectStatus().is2xxSuccessful();
    }
}
