package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** GET /p/{code}: the public provenance page and its label QR code, with no personal data. */
@QuarkusTest
class ProvenancePageTest {

    @Inject
    Db db;

    /** What of the seeded herders must never appear on a public page. */
    static List<String> personalData(Chain.Built c) {
        return List.of(c.names.get(0), c.names.get(1), "Bat-Erdene", "Oyunaa", c.registrations.get(0),
                c.registrations.get(1), "NM-152921", "38.85", "105.67", "Winter camp", "the herder", c.herderA[0],
                c.herderA[1], c.herderB[0], c.herderB[1], "A-" + c.tag + "-1", "BAG-A-" + c.tag);
    }

    @Test
    void showsOriginHarvestFinenessWelfareClaimsAndChainWithoutPersonalData() {
        Chain.Built c = Chain.build(db);
        String html = given().when().get("/p/" + c.dehaired).then().statusCode(200).contentType("text/html")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")).extract().asString();
        assertThat(html).contains("Lot " + c.dehaired, "dehaired cashmere", "21.1 kg")
                .contains("Alxa Left Banner, Alxa League, Inner Mongolia", "Alxa Right Banner, Alxa League, Inner Mongolia")
                .contains("2 bags from 2 herder households", "combed by hand, never shorn")
                .contains("mean fibre diameter 14.2 \u00b5m to 14.4 \u00b5m")
                .contains("2 of 2 sources conformant at the latest assessment", "ISO 22786 DIS-2025")
                .contains("Origin: Alxa League, Inner Mongolia", "Combed only, never shorn", "Fine cashmere",
                        "Welfare-conformant under iso-22786 DIS-2025", "Traceable to individual goats")
                .contains("Collected into lot " + c.lot, "Alxa Buying Station " + c.tag, "Dehaired by Bayanhot Dehairing "
                        + c.tag, "yield 52 %", "Rebel Cashmere " + c.tag);
        assertThat(html).contains("data-verdict=\"holds\"").doesNotContain("data-verdict=\"fails\"");
        for (String personal : personalData(c)) {
            assertThat(html).as("no personal data").doesNotContain(personal);
        }
    }

    @Test
    void aFailingClaimIsShownAsFailing() {
        Chain.Built c = Chain.build(db);
        Chain.assessment(db, c.herderA[0], c.herderA[1], "2026-06-20", false);
        String html = given().when().get("/p/" + c.lot).then().statusCode(200).extract().asString();
        assertThat(html).contains("1 of 2 sources conformant at the latest assessment; 1 with a nonconformity")
                .contains("data-verdict=\"fails\"");
    }

    @Test
    void theQrCodeLeadsToThePage() throws Exception {
        Chain.Built c = Chain.build(db);
        byte[] png = given().when().get("/p/" + c.lot + "/qr.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
        assertThat(text).startsWith("http://").endsWith("/p/" + c.lot);
    }

    @Test
    void anUnknownLotIs404() {
        given().when().get("/p/NO-SUCH-LOT").then().statusCode(404);
        given().when().get("/p/NO-SUCH-LOT/qr.png").then().statusCode(404);
    }
}
