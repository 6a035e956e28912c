package org.tthc.api.web.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local accounts, held in memory with their passwords hashed (BCrypt). A persistent user store comes with the
 * API security issue (8); until then the embedded default has the demo accounts of {@link DemoAccounts}.
 */
public final class PortalAccounts implements UserDetailsService {
    private record Entry(PortalAccount account, String passwordHash) {
    }

    private final Map<String, Entry> accounts = new ConcurrentHashMap<>();
    private final PasswordEncoder encoder;

    public PortalAccounts(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Adds (or replaces) an account; only the password's hash is kept. */
    public void add(PortalAccount account, String password) {
        accounts.put(account.username(), new Entry(account, encoder.encode(password)));
    }

    public Optional<PortalAccount> find(String username) {
        return Optional.ofNullable(accounts.get(username)).map(Entry::account);
    }

    /** The account behind an authentication; empty for anonymous users. */
    public Optional<PortalAccount> of(Authentication authentication) {
        return authentication == null || !authentication.isAuthenticated() ? Optional.empty()
                : find(authentication.getName());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Entry entry = accounts.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException("no portal account " + username);
        }
        return User.withUsername(username).password(entry.passwordHash())
                .authorities(entry.account().role().authority()).build();
    }
}
