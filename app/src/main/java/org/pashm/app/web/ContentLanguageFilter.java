package org.pashm.app.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Says in {@code Content-Language} which language an answer's words are in, when the request chose one. */
@Provider
public class ContentLanguageFilter implements ContainerResponseFilter {

    @Inject
    Language language;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var chosen = language.chosen();
        // A problem's language is ProblemLanguageFilter's to say.
        if (chosen != null && !response.getHeaders().containsKey(Language.CONTENT_LANGUAGE)
                && !(response.getEntity() instanceof org.pashm.app.problem.Problem)) {
            response.getHeaders().putSingle(Language.CONTENT_LANGUAGE, chosen.contentLanguage());
        }
    }
}
