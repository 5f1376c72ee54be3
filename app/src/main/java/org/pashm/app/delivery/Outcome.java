package org.pashm.app.delivery;

/** What one attempt to deliver gave: sent, or failed with the receiver's status (if any) and why. */
public record Outcome(boolean sent, Integer status, String error) {

    public static Outcome ok(Integer status) {
        return new Outcome(true, status, null);
    }

    public static Outcome failed(Integer status, String error) {
        return new Outcome(false, status, error == null ? "failed" : error.length() > 2000 ? error.substring(0, 2000)
                : error);
    }
}
