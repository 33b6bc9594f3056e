package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The kiosk screens the server holds state for, as "session/ui" keys: a screen is added when the
 * kiosk layout is shown and leaves when its UI is detached or its session destroyed. After an idle
 * reset the previous visitor's key is gone, which is how tests (and a curious operator) can tell
 * that nothing of that visitor is kept.
 */
@Component
public class KioskScreens implements VaadinServiceInitListener {

    private final Set<String> live = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed ->
                live.removeIf(key -> key.startsWith(destroyed.getSession().getPushId() + "/")));
    }

    /** Records a kiosk UI until it is detached or its session ends; returns its key. */
    String register(UI ui) {
        String key = ui.getSession().getPushId() + "/" + ui.getUIId();
        if (live.add(key)) {
            ui.addDetachListener(detached -> live.remove(key));
        }
        return key;
    }

    /** The kiosk UIs alive now. */
    public Set<String> live() {
        return Set.copyOf(live);
    }
}
