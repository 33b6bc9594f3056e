package vn.laocai.museum.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One species page opened by its address, as a browser does it but without one: the first HTML
 * (with its server rendering), then what Vaadin's client script does next — create the UI
 * ({@code ?v-r=init}) and navigate it to the page (a {@code ui-navigate} event), which builds the
 * live view on the server. The visitor's client keeps its cookies, so its session. Leaving the
 * page, a browser's Vaadin client sends one more message, an unload beacon, on which the server
 * closes the page's UI at once instead of keeping it until its heartbeats stop: {@link #leave}.
 *
 * <pre>{@code
 * SpeciesVisit.Times times = SpeciesVisit.open(visitor, base, "species/panax-notoginseng");
 * SpeciesVisit.leave(visitor, base, times);
 * }</pre>
 */
final class SpeciesVisit {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    /**
     * The time of the first HTML and of the live view (UI creation and navigation), each in
     * milliseconds, and the UI they built with its security key, for {@link #leave}.
     */
    record Times(double firstHtml, double liveView, String uiId, String securityKey) {}

    private SpeciesVisit() {}

    static Times open(HttpClient visitor, URI base, String page) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> first = visitor.send(HttpRequest.newBuilder(base.resolve("/" + page)).build(), HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        require(first.statusCode() == 200, page + " answered " + first.statusCode());
        URI init = base.resolve("/?v-r=init&location=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&query=");
        HttpResponse<String> ui = visitor.send(HttpRequest.newBuilder(init).build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = SECURITY_KEY.matcher(ui.body());
        require(ui.statusCode() == 200 && key.find(), "no UI for " + page + ": " + ui.statusCode());
        String uiId = uiId(ui.body());
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(key.group(1), page);
        HttpResponse<String> live = visitor.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        long t2 = System.nanoTime();
        require(live.statusCode() == 200 && live.body().contains("museum-names"),
                "the live view of " + page + " did not render: " + live.statusCode() + " "
                        + live.body().substring(0, Math.min(200, live.body().length())));
        return new Times((t1 - t0) / 1e6, (t2 - t1) / 1e6, uiId, key.group(1));
    }

    /**
     * Leaves the page as a browser does: the unload beacon Vaadin's client sends on {@code pagehide}
     * (a message with the {@code UNLOAD} key, the next in the UI's sequence), on which the server
     * closes the UI.
     */
    static void leave(HttpClient visitor, URI base, Times page) throws IOException, InterruptedException {
        String beacon = """
                {"csrfToken":"%s","rpc":[],"syncId":1,"clientId":1,"UNLOAD":true}""".formatted(page.securityKey());
        HttpResponse<String> left = visitor.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + page.uiId()))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon)).build(), HttpResponse.BodyHandlers.ofString());
        require(left.statusCode() == 200, "the unload beacon of UI " + page.uiId() + " answered " + left.statusCode());
    }

    /** The UI's number: 0 for a session's first page, then one more for each page opened in it. */
    private static String uiId(String initJson) {
        Matcher id = Pattern.compile("\"v-uiId\":\"?(\\d+)").matcher(initJson);
        return id.find() ? id.group(1) : "0";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
