package io.engagementhub.domain.model;

/**
 * The link a click followed.
 *
 * @param url the link as the provider gives it, cut to {@link ProviderText#LONG_TEXT_BYTES}; may be
 *     an unrendered template such as {@code {webversion}}, so it is never required to be a valid URI
 * @param id the provider's link id, or null
 * @param title the link's title, or null
 */
public record Link(String url, String id, String title) {

    public Link {
        url = ProviderText.cut(Require.nonBlank(url, "link url"), ProviderText.LONG_TEXT_BYTES);
        id = id == null || id.isBlank() ? null : ProviderText.cut(id, ProviderText.ID_BYTES);
        title = title == null || title.isBlank() ? null : title;
    }

    /** A link known only by its url. */
    public static Link to(String url) {
        return new Link(url, null, null);
    }
}
