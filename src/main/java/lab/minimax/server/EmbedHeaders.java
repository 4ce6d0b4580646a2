package lab.minimax.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Lets course pages embed the lab in an iframe: every response carries
 * {@code Content-Security-Policy: frame-ancestors …} from the property
 * {@code minimax.embed.frame-ancestors} (default {@code 'self'}; e.g.
 * {@code 'self' https://course.example.org}) instead of {@code X-Frame-Options: DENY}.
 * Cross-site embedding also needs the session cookie {@code SameSite=None; Secure}, hence HTTPS.
 */
@Component
public class EmbedHeaders extends OncePerRequestFilter {
    private final String policy;

    public EmbedHeaders(@Value("${minimax.embed.frame-ancestors:'self'}") String frameAncestors) {
        String v = frameAncestors.replaceAll("[;\\r\\n]", " ").trim();
        this.policy = "frame-ancestors " + (v.isEmpty() ? "'self'" : v);
    }

    /**
     * Whether {@code frameAncestors} lets pages of other sites frame the lab (any source beyond
     * {@code 'self'} and {@code 'none'}): then the browser cookie must be a cross-site one.
     */
    public static boolean crossSite(String frameAncestors) {
        for (String source : frameAncestors.replaceAll("[;\\r\\n]", " ").trim().split("\\s+")) {
            if (!source.isEmpty() && !source.equals("'self'") && !source.equals("'none'")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }
}
