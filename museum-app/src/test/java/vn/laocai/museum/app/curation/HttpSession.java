package vn.laocai.museum.app.curation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One client's cookie session over plain HTTP, the way a browser holds it: the session cookie is
 * taken from each {@code Set-Cookie} and sent back, whatever its {@code Secure} flag (the tests
 * speak HTTP to localhost).
 */
public final class HttpSession {

    public static final String COOKIE = "JSESSIONID";

    private final HttpClient http;
    private final URI base;
    private String sessionId;
    private HttpResponse<String> loginResponse;

    HttpSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    public static HttpSession anonymous(HttpClient http, URI base) {
        return new HttpSession(http, base);
    }

    static HttpSession login(HttpClient http, URI base, String username, String password) throws IOException, InterruptedException {
        HttpSession session = new HttpSession(http, base);
        session.loginResponse = session.postForm("/login", "username=" + enc(username) + "&password=" + enc(password));
        return session;
    }

    /** The answer to the login form: a redirect to /curation on success, to /login?error on failure. */
    public HttpResponse<String> loginResponse() {
        return loginResponse;
    }

    public boolean loggedIn() {
        return loginResponse != null && loginResponse.statusCode() == 302
                && !loginResponse.headers().firstValue("Location").orElse("").contains("error");
    }

    public String sessionId() {
        return sessionId;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> postForm(String path, String form, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (sessionId != null) {
            request.header("Cookie", COOKIE + "=" + sessionId);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        sessionCookie(response).ifPresent(cookie -> sessionId = cookie.substring(COOKIE.length() + 1, cookie.indexOf(';') > 0 ? cookie.indexOf(';') : cookie.length()));
        return response;
    }

    /** The whole {@code Set-Cookie} line of the session cookie, if the response set one. */
    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(COOKIE + "=")).findFirst();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
