package org.pashm.app.duty;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 (3.1) counts them. ical4j folds at 75 characters, so a
 * line of Chinese or Mongolian names (three octets a character in UTF-8) came out at up to 225 octets, which strict
 * calendar clients refuse or cut. A line is folded between characters, never inside one.
 */
final class ContentLines {

    /** RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** The same calendar, unfolded and folded again so that no line is longer than {@link #MAX_OCTETS} octets. */
    static String fold(String calendar) {
        // A fold is CRLF followed by one space or tab (3.1); a line break in a value is always escaped as \n.
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(calendar.length() + calendar.length() / 20);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded, start, end, out);
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String s, int from, int to, StringBuilder out) {
        int octets = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int width = octets(cp);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the space that starts a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
    }

    /** The length of a character in UTF-8. */
    private static int octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
