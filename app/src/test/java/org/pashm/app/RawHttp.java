package org.pashm.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a raw socket, for the tests that send what an HTTP client library will not: a chunked body with no
 * end, a body still arriving when the answer comes.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** An answer: its status, its content type (or null), and its body. */
    public record Answer(int status, String contentType, String body) {
    }

    /** Writes {@code data} as one chunk of the chunked transfer coding. */
    public static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads one answer: status line, headers, and its body (by Content-Length, or chunked). */
    public static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Answer(599, null, "no HTTP answer: " + text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        Matcher type = Pattern.compile("(?im)^content-type:\\s*([^\\r\\n]+)").matcher(text);
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
        String body;
        if (length.find()) {
            body = new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
        } else if (Pattern.compile("(?im)^transfer-encoding:\\s*chunked").matcher(text).find()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in).trim();
                int n = Integer.parseInt(size.split(";")[0], 16);
                if (n == 0) {
                    break;
                }
                out.writeBytes(in.readNBytes(n));
                line(in);
            }
            body = out.toString(StandardCharsets.UTF_8);
        } else {
            body = "";
        }
        return new Answer(status, type.find() ? type.group(1).trim() : null, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            out.write(b);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
