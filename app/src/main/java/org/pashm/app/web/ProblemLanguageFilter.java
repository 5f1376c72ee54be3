package org.pashm.app.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.pashm.app.problem.Problem;
import org.pashm.core.text.Sentence;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/**
 * A problem's title in the reader's language ({@code ?lang=}, else {@code Accept-Language}), from the app's bundle
 * ({@code problem/<type>/title}). Its detail and its errors' details are still English sentences, so the answer
 * says {@code Content-Language: <language>, en}. An English reader gets the problem exactly as it was made.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

    private static final String PREFIX = "urn:pashm:problem:";

    @Inject
    Languages languages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem p) || !p.type().startsWith(PREFIX)) {
            return;
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        Renderer say = languages.forWish(lang != null ? lang : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (say == languages.english()) {
            return;
        }
        say.begin();
        String key = "problem/" + p.type().substring(PREFIX.length()) + "/title";
        String parameter = p.errors() == null || p.errors().isEmpty() ? null : p.errors().get(0).parameter();
        String title = parameter != null && key.equals("problem/invalid-parameter/title")
                ? say.say(Sentence.of(key, p.title(), "parameter").with(parameter))
                : say.say(Sentence.text(key, p.title()).message());
        response.setEntity(new Problem(p.type(), title, p.status(), p.detail(), p.instance(), p.errors(),
                p.extensions()));
        response.getHeaders().putSingle(Language.CONTENT_LANGUAGE, say.languageTag() + ", " + Languages.ENGLISH);
    }
}
