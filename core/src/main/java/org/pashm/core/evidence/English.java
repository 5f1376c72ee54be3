package org.pashm.core.evidence;

/** The little English grammar sentences built from codes need: "an attestation", "a quantity", "an unmated doe". */
public final class English {

    private English() {
    }

    /**
     * The noun with its indefinite article, by its first letter: a vowel takes "an" (an attestation, an adult buck, an
     * unmated doe), except "uni-", which sounds like "you" (a unit).
     */
    public static String a(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char first = Character.toLowerCase(noun.charAt(0));
        return ("aeio".indexOf(first) >= 0 || (first == 'u' && !noun.toLowerCase(java.util.Locale.ROOT).startsWith("uni")) ? "an " : "a ")
                + noun;
    }
}
