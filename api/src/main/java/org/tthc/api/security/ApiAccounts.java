package org.tthc.api.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local users of the REST API (HTTP Basic), held in memory with their passwords hashed: a
 * {@code DelegatingPasswordEncoder} that writes BCrypt ({@code {bcrypt}…}) and reads any hash it names. The
 * embedded default's demo users come from {@link ApiDemoAccounts}; production signs in with JWTs instead. Not a
 * {@code UserDetailsService} bean: portal-lite's accounts are the one the page login finds by type.
 */
public final class ApiAccounts {
    private record Entry(ApiAccount account, String passwordHash) {
    }

    private final Map<String, Entry> accounts = new ConcurrentHashMap<>();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** Adds (or replaces) a user; only the password's hash is kept. */
    public void add(ApiAccount account, String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
        accounts.put(account.username(), new Entry(account, encoder.encode(password)));
    }

    public Optional<ApiAccount> find(String username) {
        return Optional.ofNullable(accounts.get(username)).map(Entry::account);
    }

    /** Every user by name, without the hashes. */
    public List<ApiAccount> all() {
        return accounts.values().stream().map(Entry::account).sorted(Comparator.comparing(ApiAccount::username))
                .toList();
    }

    /** Checks HTTP Basic credentials against these users. */
    public DaoAuthenticationProvider authenticationProvider() {
        UserDetailsService users = this::loadUserByUsername;
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    private UserDetails loadUserByUsername(String username) {
        Entry entry = accounts.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException("no API user " + username);
        }
        return User.withUsername(username).password(entry.passwordHash())
                .authorities(entry.account().role().authority()).build();
    }
}
