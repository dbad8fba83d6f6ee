package vn.onedoor.queue.model;

import java.util.List;

/** How a service ended. Centers may add their own codes; these four always exist. */
public final class Outcomes {

    public static final String DOSSIER_RECEIVED = "DOSSIER_RECEIVED";
    public static final String RESULT_RETURNED = "RESULT_RETURNED";
    public static final String ADVICE_ONLY = "ADVICE_ONLY";
    public static final String REFERRED = "REFERRED";
    public static final List<String> STANDARD = List.of(DOSSIER_RECEIVED, RESULT_RETURNED, ADVICE_ONLY, REFERRED);

    private Outcomes() {}
}
