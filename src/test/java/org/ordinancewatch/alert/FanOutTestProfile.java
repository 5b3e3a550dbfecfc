package org.ordinancewatch.alert;

import java.util.HashMap;
import java.util.Map;

/**
 * The alert test profile with fan-outs left to the test: nothing is expanded when a change commits, and batches
 * are small, so a few hundred subscribers make several batches the test runs one at a time.
 */
public class FanOutTestProfile extends AlertTestProfile {

    public static final int BATCH = 100;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("ow.alert.fan-out.batch-size", String.valueOf(BATCH));
        overrides.put("ow.alert.fan-out.inline-batches", "0");
        overrides.put("ow.alert.fan-out.background", "false");
        return overrides;
    }
}
