package org.pashm.app.member;

import java.time.OffsetDateTime;

/** A membership: who acts for an organisation, in which role, since when and granted by whom. */
public record MemberView(String subject, String role, OffsetDateTime grantedAt, String grantedBy) {
}
