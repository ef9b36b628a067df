package io.anxin.channel.phone;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import io.anxin.core.message.Lang;
import java.util.List;

/** TwiML pieces the hotline is made of: sayings in the caller's language, and the menu-and-listen step. */
final class Twiml {

    private final PhoneSettings settings;

    Twiml(PhoneSettings settings) {
        this.settings = settings;
    }

    /** A written text said: short sentences, digits one by one, no symbols. */
    Say say(String text, Lang lang) {
        return new Say.Builder(SpokenText.spoken(text, lang)).language(sayLanguage(lang)).build();
    }

    static Say.Language sayLanguage(Lang lang) {
        return switch (lang) {
            case ZH_HANS -> Say.Language.CMN_CN;
            case ZH_HANT -> Say.Language.CMN_TW;
            case EN -> Say.Language.EN_US;
        };
    }

    /**
     * Listens for speech or one key, then posts what it heard to {@code action}. Speech in Mandarin ({@code zh-CN}
     * by default, forced with {@code option}: the SDK has no constant for it) unless the caller chose English. An
     * empty result is posted too, so silence is answered ("not heard") instead of hanging up.
     */
    Gather listen(String action, Lang lang, List<Say> prompts) {
        Gather.Builder gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
                .action(settings.url(action)).method(HttpMethod.POST)
                .numDigits(1).timeout(6).speechTimeout("3").actionOnEmptyResult(true);
        gather.option("language", lang == Lang.EN ? settings.englishSpeech() : settings.speechLanguage());
        prompts.forEach(gather::say);
        return gather.build();
    }

    static String xml(VoiceResponse response) {
        return response.toXml();
    }
}
