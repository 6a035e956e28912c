package org.tthc.api.workspace;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tthc.api.security.DataScope;
import org.tthc.api.security.DataScopes;

/**
 * Who is using the workspace: their name and data scope ({@code workspaceUser} in every workspace page's model).
 *
 * @param scopeOrgCode the organisation whose subtree the user sees; null: everything
 */
public record WorkspaceUser(String username, String scopeOrgCode) {

    public DataScope scope() {
        return DataScope.of(scopeOrgCode);
    }

    public boolean scoped() {
        return scopeOrgCode != null;
    }

    @ControllerAdvice(basePackageClasses = WorkspaceUser.class)
    static class Advice {
        private final DataScopes scopes;

        Advice(DataScopes scopes) {
            this.scopes = scopes;
        }

        @ModelAttribute("workspaceUser")
        WorkspaceUser workspaceUser(Authentication authentication) {
            return new WorkspaceUser(authentication.getName(),
                    scopes.of(authentication).orgCode().orElse(null));
        }
    }
}
