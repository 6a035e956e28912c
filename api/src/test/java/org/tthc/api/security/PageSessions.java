package org.tthc.api.security;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Page-login sessions for tests that call pages over HTTP: the login form's CSRF token and cookie, then the form
 * post, as a browser does. One session per user and JVM (a BCrypt check each is cheap, many are not).
 */
final class PageSessions {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ConcurrentHashMap<String, Session> SESSIONS = new ConcurrentHashMap<>();

    /** The session cookie ({@code JSESSIONID=…}) and the session's CSRF token. */
    record Session(String cookie, String csrf) {
    }

    private PageSessions() {
    }

    static Session of(TestRestTemplate http, String username) {
        return SESSIONS.computeIfAbsent(username, name -> {
            ResponseEntity<String> login = login(http, name);
            if (login.getStatusCode().value() != 302 || login.getHeaders().getLocation().getPath().equals("/login")) {
                throw new IllegalStateException("page login of " + name + " failed: " + login.getHeaders());
            }
            String cookie = cookie(login);
            ResponseEntity<String> page = get(http, "/login", cookie);
            return new Session(cookie, csrf(page.getBody()));
        });
    }

    /** Posts the login form as {@code username} with the demo password; {@code http} must not follow redirects. */
    static ResponseEntity<String> login(TestRestTemplate http, String username) {
        ResponseEntity<String> form = get(http, "/login", null);
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie(form));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        String body = "username=" + username + "&password=" + ApiDemoAccounts.PASSWORD + "&_csrf=" + csrf(form.getBody());
        return http.postForEntity("/login", new HttpEntity<>(body, headers), String.class);
    }

    private static ResponseEntity<String> get(TestRestTemplate http, String path, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http.exchange(path, org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static String cookie(ResponseEntity<?> response) {
        List<String> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie in " + response.getHeaders()));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the login page");
        }
        return matcher.group(1);
    }
}
