package org.pashm.app.traceability.registry;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an NDJSON file (ended by LF, CRLF or CR), refusing a line longer than a limit. NDJSON is framed by
 * lines, not by JSON: a broken line must not swallow the next, so each line is parsed on its own (by Jackson).
 */
final class Lines {

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private final int maxChars;
    private final StringBuilder sb = new StringBuilder(256);
    private int pos;
    private int len;
    private int line;

    Lines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The number of the last line returned (1 is the first). */
    int line() {
        return line;
    }

    /** The next line without its end, or null at the end of the input. */
    String next() throws IOException {
        sb.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    line++;
                    return sb.toString();
                }
            }
            any = true;
            char c = buf[pos++];
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (pos == len) {
                        len = in.read(buf, 0, buf.length);
                        pos = 0;
                        if (len <= 0) {
                            len = 0;
                        }
                    }
                    if (pos < len && buf[pos] == '\n') {
                        pos++;
                    }
                }
                line++;
                return sb.toString();
            }
            if (sb.length() >= maxChars) {
                throw new GoatImportService.Malformed(line + 1, "the line is longer than " + maxChars + " characters");
            }
            sb.append(c);
        }
    }
}
