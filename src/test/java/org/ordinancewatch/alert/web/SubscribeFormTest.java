package org.ordinancewatch.alert.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A subscribe request with a mistake comes back as the same form, as typed, with the problem beside its field. */
@QuarkusTest
class SubscribeFormTest {

    @Test
    void theFormHasAPageOfItsOwn() {
        Document d = Jsoup.parse(given().get("/alerts/subscribe").then().statusCode(200).contentType(ContentType.HTML)
                .header("Cache-Control", "no-store").extract().asString());
        assertThat(d.select("form[action=/alerts/subscribe] input[name=email]").attr("value")).isEmpty();
        assertThat(d.select("input[name=kinds][checked]")).hasSize(4);
        assertThat(d.select(".field-error")).isEmpty();
    }

    @Test
    void aBadAddressKeepsEverythingTypedAndSaysWhatIsWrongBesideIt() {
        Document d = Jsoup.parse(given().formParam("email", "not-an-address").formParam("scope", "region:MA")
                .formParam("kinds", "status").formParam("kinds", "hearings").formParam("cadence", "weekly")
                .post("/alerts/subscribe").then().statusCode(400).contentType(ContentType.HTML).extract().asString());
        assertThat(d.select("input[name=email]").attr("value")).isEqualTo("not-an-address");
        assertThat(d.select("input[name=email]").attr("aria-invalid")).isEqualTo("true");
        assertThat(d.select("#subscribe-email-error").text()).isNotBlank();
        assertThat(d.select("input[name=scope]").attr("value")).isEqualTo("region:MA");
        assertThat(d.select("input[name=kinds][checked]").eachAttr("value")).containsExactly("status", "hearings");
        assertThat(d.select("select[name=cadence] option[selected]").attr("value")).isEqualTo("weekly");
        assertThat(d.select("[role=alert]").text()).startsWith("Please check the form");
    }

    @Test
    void noKindTickedIsNamedBesideTheKinds() {
        Document d = Jsoup.parse(given().formParam("email", "kim@example.org").formParam("scope", "everything")
                .formParam("cadence", "daily").post("/alerts/subscribe").then().statusCode(400).extract().asString());
        assertThat(d.select("input[name=email]").attr("value")).isEqualTo("kim@example.org");
        assertThat(d.select("fieldset + .field-error").text()).isNotBlank();
        assertThat(d.select("#subscribe-email-error")).isEmpty();
    }

    @Test
    void anUnknownPlaceIsSaidAtTheTopWithTheAddressKept() {
        Document d = Jsoup.parse(given().formParam("email", "lou@example.org").formParam("scope", "jurisdiction:atlantis")
                .formParam("kinds", "status").formParam("cadence", "immediate").post("/alerts/subscribe").then()
                .statusCode(400).extract().asString());
        assertThat(d.select("input[name=email]").attr("value")).isEqualTo("lou@example.org");
        assertThat(d.select("[role=alert]").text()).contains("Please check the form");
    }
}
