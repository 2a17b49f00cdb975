package dev.switchboard.analytics.kpi;

/** A dimension a time series can be split by; tickets without a value are grouped under {@value View#UNKNOWN}. */
public enum GroupBy {
    TEAM(View.TEAM), AGENT(View.AGENT), CHANNEL(View.CHANNEL), PRIORITY(View.PRIORITY), TIER(View.TIER);

    private final View view;

    GroupBy(View view) {
        this.view = view;
    }

    public View view() {
        return view;
    }
}
