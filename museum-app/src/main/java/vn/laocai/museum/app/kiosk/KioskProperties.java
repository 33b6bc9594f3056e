package vn.laocai.museum.app.kiosk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk's settings ({@code museum.kiosk.*}, or {@code MUSEUM_KIOSK_*} variables).
 *
 * @param idleSeconds  seconds without a touch before the kiosk frees the visitor's session and
 *                     returns to the attract loop (MUSEUM_KIOSK_IDLE_SECONDS)
 * @param slideSeconds seconds each slide of the attract loop stays (MUSEUM_KIOSK_SLIDE_SECONDS)
 */
@ConfigurationProperties("museum.kiosk")
public record KioskProperties(@DefaultValue("90") int idleSeconds, @DefaultValue("8") int slideSeconds) {

    public KioskProperties {
        if (idleSeconds < 1 || slideSeconds < 1) {
            throw new IllegalArgumentException("museum.kiosk.idle-seconds and slide-seconds must be at least 1");
        }
    }
}
