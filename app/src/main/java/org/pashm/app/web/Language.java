package org.pashm.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/**
 * The language a reader asked for in this request: {@code ?lang=} when given (a BCP 47 tag), else
 * {@code Accept-Language}, matched to the languages spoken; what matches none is answered in English.
 * {@link ContentLanguageFilter} then says in {@code Content-Language} which language the answer is in (and English
 * too, when some text had to be said in English).
 */
@RequestScoped
public class Language {

    public static final String CONTENT_LANGUAGE = "Content-Language";

    /** The description of every {@code lang} parameter. */
    public static final String LANG = "the language of the answer's words (BCP 47, e.g. en or zh-Hans); else "
            + "Accept-Language; English when neither names a language spoken. Content-Language says which was used.";

    @Inject
    Languages languages;

    private Renderer chosen;

    /** The renderer for this request, begun for one document. A malformed {@code lang} is refused. */
    public Renderer of(String lang, HttpHeaders headers) {
        Renderer r;
        if (lang != null) {
            try {
                new Locale.Builder().setLanguageTag(lang);
            } catch (IllformedLocaleException e) {
                throw Problems.badParameter("lang", Rule.INVALID_VALUE, "'" + lang + "' is not a language tag (BCP 47),"
                        + " e.g. en or zh-Hans; spoken: " + String.join(", ", languages.tags()));
            }
            r = languages.forWish(lang);
        } else {
            r = languages.forWish(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }
        chosen = r.begin();
        return chosen;
    }

    /** The renderer this request chose, or null when it rendered nothing. */
    Renderer chosen() {
        return chosen;
    }
}
