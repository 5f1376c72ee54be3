package org.pashm.app.traceability.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time from a stream, so that a file of any size passes through a small buffer:
 * fields separated by commas, optionally quoted with '"' (a quote inside doubled), records ended by CRLF, LF or CR.
 * Tracks the line each record starts on, for error reports. A record longer than {@code maxRecordChars} is an error,
 * so that a file without line ends cannot fill the memory.
 */
final class CsvRecords {

    /** A record that is not valid CSV. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private final int maxRecordChars;
    private int pos;
    private int len;
    private int line = 1;
    private int recordLine;
    private final StringBuilder field = new StringBuilder(64);

    CsvRecords(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The line the last record returned started on (1 is the first line). */
    int line() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private void unread() {
        pos--;
    }

    /** The next record's fields, or null at the end of the input. A blank line is a record of one empty field. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(8);
        field.setLength(0);
        int chars = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (++chars > maxRecordChars) {
                throw new Malformed(recordLine, "the record is longer than " + maxRecordChars + " characters");
            }
            if (quoted) {
                if (c == -1) {
                    throw new Malformed(recordLine, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        if (d != -1) {
                            unread();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c == '\r') {
                    int d = read();
                    if (d != '\n' && d != -1) {
                        unread();
                    }
                }
                if (c != -1) {
                    line++;
                }
                return fields;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new Malformed(recordLine, "a quoted field is followed by '" + (char) c + "' instead of a comma");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }
}
