package io.budgetwatch.notify.rest;

import java.security.Principal;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import io.budgetwatch.notify.config.WriteKeys;
import io.budgetwatch.notify.domain.ApiKeys;

/**
 * Authenticates {@link WriteAccess} endpoints: {@code Authorization: Bearer <key>} (or {@code X-API-Key: <key>})
 * with one of {@code budgetwatch.notify.api-keys}; the request then acts as the key's identity. Anything else is
 * 401. With no key configured every write is refused: no one can silence alerts anonymously.
 */
@Provider
@WriteAccess
public class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    @Inject
    WriteKeys writeKeys;

    @Override
    public void filter(ContainerRequestContext request) {
        ApiKeys keys = writeKeys.keys();
        Optional<String> identity = keys.identity(presented(request));
        if (identity.isEmpty()) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"budgetwatch\"")
                    .type("application/problem+json")
                    .entity(Problems.body(401, keys.isEmpty() ? "no API key is configured: writes are disabled"
                            : "a valid API key is required (Authorization: Bearer <key>)"))
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        Principal principal = identity::get;
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    private static String presented(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        return request.getHeaderString("X-API-Key");
    }
}
