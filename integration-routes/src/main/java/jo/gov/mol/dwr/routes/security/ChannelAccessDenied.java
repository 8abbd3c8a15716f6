package jo.gov.mol.dwr.routes.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jo.gov.mol.dwr.routes.problem.HubProblem;

/** A signed-in system posting to a channel not its own: 403, and the refusal recorded; its body is never read. */
final class ChannelAccessDenied implements AccessDeniedHandler {
    private final ChannelRefusal refusal;

    ChannelAccessDenied(ChannelRefusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String reason = Channel.forPath(path).map(c -> "this caller may not submit " + c.system() + " messages")
                .orElse("no channel of the hub at " + path);
        refusal.refuse(request, response, HubProblem.FORBIDDEN_SYSTEM, reason);
    }
}
