package org.pashm.app.web;

/**
 * A request body bound and checked as its record, like any {@link JsonRequest}, together with the text exactly as it
 * was sent: for what the platform stores as it came (an assessment's submission is kept byte for byte beside its
 * report, so that an auditor can show what was submitted). A resource takes {@code Verbatim<XRequest>} instead of
 * {@code String} and binding it itself.
 *
 * @param received the bound request, its problems not answered yet: the service adds those of stored data (the
 *                 site, the standard) and answers them all together ({@link Received#check})
 * @param text     the body as sent, decoded as UTF-8
 */
public record Verbatim<T>(Received<T> received, String text) {
}
