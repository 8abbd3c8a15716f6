package jo.gov.mol.dwr.routes.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import jo.gov.mol.dwr.routes.problem.HubProblem;
import jo.gov.mol.dwr.routes.security.ChannelRefusal;

/**
 * Reads an inbound channel's body once, up to the limit: a larger body is answered 413 (in the channel's style) and
 * only its refusal is kept; a body within it is kept as the exact bytes received ({@link #RAW_BODY}), which the message log stores
 * and hashes, and is handed on to the endpoint from memory.
 */
public class BodyLimitFilter extends OncePerRequestFilter {
    public static final String RAW_BODY = BodyLimitFilter.class.getName() + ".raw";

    private final long maxBytes;
    private final ChannelRefusal refusal;

    public BodyLimitFilter(long maxBytes, ChannelRefusal refusal) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getContentLengthLong() > maxBytes ? null : readAtMost(request.getInputStream());
        if (body == null) {
            refusal.refuse(request, response, HubProblem.PAYLOAD_TOO_LARGE, "the body exceeds " + maxBytes + " bytes");
            return;
        }
        request.setAttribute(RAW_BODY, body);
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The body, or null when it is longer than the limit (a chunked body has no length to check up front). */
    private byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return body.length > maxBytes ? null : body;
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
