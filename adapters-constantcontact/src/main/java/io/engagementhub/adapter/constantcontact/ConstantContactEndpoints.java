package io.engagementhub.adapter.constantcontact;

import java.net.URI;
import java.util.Objects;

/**
 * Where the API and the OAuth token endpoint are.
 *
 * @param baseUrl the API base including {@code /v3}
 * @param tokenUrl the OAuth token endpoint
 */
public record ConstantContactEndpoints(URI baseUrl, URI tokenUrl) {

    /** The production endpoints. */
    public static final ConstantContactEndpoints PRODUCTION = new ConstantContactEndpoints(
            URI.create("https://api.cc.email/v3"),
            URI.create("https://authz.constantcontact.com/oauth2/default/v1/token"));

    public ConstantContactEndpoints {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        String base = baseUrl.toString();
        baseUrl = base.endsWith("/") ? URI.create(base.substring(0, base.length() - 1)) : baseUrl;
    }

    /** These endpoints with another API base (a sandbox, a proxy). */
    public ConstantContactEndpoints withBaseUrl(URI value) {
        return new ConstantContactEndpoints(value, tokenUrl);
    }

    /** These endpoints with another token endpoint. */
    public ConstantContactEndpoints withTokenUrl(URI value) {
        return new ConstantContactEndpoints(baseUrl, value);
    }

    /** An absolute API URI for {@code pathAndQuery} (which starts with {@code /}). */
    URI api(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    /** A {@code next} link (relative {@code /v3/...} or absolute) resolved against the API origin. */
    URI follow(String href) {
        return baseUrl.resolve(href);
    }
}
