package jo.gov.mol.dwr.routes.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jo.gov.mol.dwr.routes.problem.HubProblem;
import jo.gov.mol.dwr.routes.problem.ProblemResponses;
import jo.gov.mol.dwr.routes.refusal.Refusals;

/**
 * A message refused at a channel's door, before its endpoint reads it (another system's credential, a body over the
 * limit): its refusal recorded, and the answer in the channel's style, a problem body on a JSON channel and a bare
 * status on a SOAP one.
 */
public final class ChannelRefusal {
    private final Refusals refusals;

    public ChannelRefusal(Refusals refusals) {
        this.refusals = refusals;
    }

    /** @param problem a problem of the whole message, which has its own error code */
    public void refuse(HttpServletRequest request, HttpServletResponse response, HubProblem problem, String reason)
            throws IOException {
        Optional<Channel> channel = Channel.forPath(request.getRequestURI().substring(request.getContextPath().length()));
        channel.ifPresent(c -> refusals.record(c.system(),
                request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(), null,
                problem.status().value(), problem.code(), reason));
        if (channel.map(Channel::style).orElse(Channel.Style.JSON) == Channel.Style.JSON) {
            ProblemResponses.send(response, problem.detail(reason));
        } else {
            response.sendError(problem.status().value());
        }
    }
}
