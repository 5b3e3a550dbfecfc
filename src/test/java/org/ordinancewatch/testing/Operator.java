package org.ordinancewatch.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the operator, with the test profile's credential (%test.ow.admin.* in application.properties). */
public final class Operator {

    public static final String USER = "operator";
    public static final String PASSWORD = "test-operator-password";

    private Operator() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().auth().preemptive().basic(USER, PASSWORD);
    }
}
