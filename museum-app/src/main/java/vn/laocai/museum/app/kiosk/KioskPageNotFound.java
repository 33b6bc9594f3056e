package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.router.NotFoundException;

/** A kiosk page whose herb, story or place is not there: answered inside the kiosk, not by the site's page. */
public class KioskPageNotFound extends NotFoundException {

    public KioskPageNotFound(String message) {
        super(message);
    }
}
