package org.pashm.app.traceability.lots;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the lot resources share: where a lot made by an aggregation or a dehairing is found. */
final class CustodyResources {

    private CustodyResources() {
    }

    /** {@code /lots/{code}}; codes are letters, digits, '.', '_' and '-', so the encoding changes nothing today. */
    static String location(LotView lot) {
        return "/lots/" + URLEncoder.encode(lot.code(), StandardCharsets.UTF_8);
    }
}
