package lab.minimax.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;

/**
 * Bounds the bodies of Vaadin's UIDL requests ({@code POST ?v-r=uidl}) before Vaadin parses
 * them: more than {@code minimax.http.max-uidl-bytes} is answered 413, JSON nested deeper than
 * {@code minimax.http.max-uidl-depth} is answered 400. Vaadin's JSON parser recurses per level,
 * so a body nested 100,000 deep would otherwise overflow the request thread's stack (a 500), and
 * a 10 MB body would be read whole and logged. The lab's own messages are a few KB deep ~10.
 */
@Component
public class UidlBodyGuard extends OncePerRequestFilter {
    private final int maxBytes;
    private final int maxDepth;

    public UidlBodyGuard(@Value("${minimax.http.max-uidl-bytes:2097152}") int maxBytes,
                         @Value("${minimax.http.max-uidl-depth:64}") int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the query string only: getParameter would parse a form body
        String q = request.getQueryString();
        return !"POST".equals(request.getMethod()) || q == null
                || !(q.startsWith("v-r=uidl") || q.contains("&v-r=uidl"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + maxBytes + " bytes");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + maxBytes + " bytes");
            return;
        }
        if (depth(body) > maxDepth) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "JSON nested deeper than " + maxDepth);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 16 * 1024));
        byte[] buf = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buf, 0, Math.min(buf.length, limit - out.size()))) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Greatest nesting depth of brackets and braces outside JSON strings (UTF-8 bytes). */
    static int depth(byte[] json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte c = json[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return max;
    }

    /** The request with its body already read into memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
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
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                String enc = getCharacterEncoding();
                if (enc != null) {
                    charset = Charset.forName(enc);
                }
            } catch (IllegalArgumentException e) {
                // an unknown or malformed charset name: UTF-8, as Vaadin's client always sends
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
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
