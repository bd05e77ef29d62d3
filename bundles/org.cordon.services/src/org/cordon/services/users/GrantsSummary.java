package org.cordon.services.users;

import java.util.List;

/**
 * Who may write, by the organisation chart: {@code members} people hold a position in a working
 * group, {@code administrators} of them in the office; {@code cannotLogIn} are the codes of
 * holders that are no database user name (such as {@code P-001}), who therefore write nothing
 * until their code is changed.
 */
public record GrantsSummary(int members, int administrators, List<String> cannotLogIn) {
}
