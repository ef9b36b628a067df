package io.anxin.app.policy;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.script.MapScriptLibrary;
import io.anxin.core.script.ScriptLibrary;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The script library in use, swapped whole when an operator's edit of the files passes validation. */
public final class ReloadingScriptLibrary implements ScriptLibrary {

    private final AtomicReference<MapScriptLibrary> current;

    public ReloadingScriptLibrary(MapScriptLibrary initial) {
        this.current = new AtomicReference<>(initial);
    }

    public void replaceWith(MapScriptLibrary reloaded) {
        current.set(reloaded);
    }

    @Override
    public String render(String key, Lang lang, Channel channel, Map<String, String> variables) {
        return current.get().render(key, lang, channel, variables);
    }

    @Override
    public String render(String key, Lang lang, Map<String, String> variables) {
        return current.get().render(key, lang, variables);
    }
}
